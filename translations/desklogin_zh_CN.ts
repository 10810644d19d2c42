<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>Qt %1, under the GNU LGPL version 3</source>
        <translation>Qt %1，采用 GNU LGPL 第 3 版许可</translation>
    </message>
    <message>
        <source>QtKeychain, under the BSD 3-Clause licence</source>
        <translation>QtKeychain，采用 BSD 三条款许可</translation>
    </message>
    <message>
        <source>libphonenumber, under the Apache License 2.0</source>
        <translation>libphonenumber，采用 Apache 2.0 许可</translation>
    </message>
    <message>
        <source>ICU, under the Unicode License</source>
        <translation>ICU，依据 Unicode 许可证</translation>
    </message>
    <message>
        <source>Sign in with your phone number.</source>
        <translation>使用手机号登录。</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>使用的开源软件：</translation>
    </message>
    <message>
        <source>%1 Help</source>
        <translation>%1 帮助</translation>
    </message>
    <message>
        <source>Enter your mobile phone number and your password, then press Enter or click Sign in.

You stay signed in until your session ends, even if you quit the app; the session page shows when that will be. Your password is never stored.</source>
        <translation>输入手机号和密码，然后按回车键或点击“登录”。

在登录有效期结束前，即使退出应用，您也会保持登录状态；登录信息页面会显示何时到期。您的密码不会被保存。</translation>
    </message>
    <message>
        <source>If you forgot your password or your account is locked, contact the provider who gave you this app.</source>
        <translation>如果忘记了密码或账号被锁定，请联系为您提供此应用的服务商。</translation>
    </message>
    <message>
        <source>If you forgot your password or your account is locked, contact %1.</source>
        <translation>如果忘记了密码或账号被锁定，请联系%1。</translation>
    </message>
</context>
<context>
    <name>AppMenus</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Network Settings…</source>
        <translation>网络设置(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Copy Diagnostic Report</source>
        <translation>复制诊断报告(&amp;C)</translation>
    </message>
    <message>
        <source>Save &amp;Diagnostic Report…</source>
        <translation>保存诊断报告(&amp;D)…</translation>
    </message>
    <message>
        <source>%1 &amp;Help</source>
        <translation>%1 帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>关于 %1(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <translation>打开 %1(&amp;O)</translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation>重新登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;tart with the Computer</source>
        <translation>开机时启动(&amp;T)</translation>
    </message>
</context>
<context>
    <name>DiagnosticReport</name>
    <message>
        <source>(no window)</source>
        <translation>（无窗口）</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>looking for a saved session</source>
        <translation>正在查找已保存的登录</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>正在登录</translation>
    </message>
    <message>
        <source>signed in until %1, for this run only</source>
        <translation>已登录，有效期至 %1，仅限本次运行</translation>
    </message>
    <message>
        <source>%1 diagnostic report</source>
        <translation>%1 诊断报告</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>凭据存储</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>（已锁定）</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Extra trusted certificates</source>
        <translation>额外信任的证书</translation>
    </message>
    <message>
        <source>Settings in effect:</source>
        <translation>当前生效的设置：</translation>
    </message>
    <message>
        <source>Problems in the settings:</source>
        <translation>设置中的问题：</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Last lines of the log:</source>
        <translation>日志的最后几行：</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1 diagnostic report.txt</source>
        <translation>%1 诊断报告.txt</translation>
    </message>
    <message>
        <source>Save Diagnostic Report</source>
        <translation>保存诊断报告</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved there: %1</source>
        <translation>无法将报告保存到该位置：%1</translation>
    </message>
    <message>
        <source>signed in until %1, kept in %2</source>
        <translation>已登录，有效期至 %1，保存在 %2 中</translation>
    </message>
    <message>
        <source>(with a password from %1)</source>
        <translation>（密码来自 %1）</translation>
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>网络…</translation>
    </message>
    <message>
        <source>Proxy settings for this app</source>
        <translation>本应用的代理设置</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>网络设置</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Help and about</source>
        <translation>帮助和关于</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Phone number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Your mobile phone number</source>
        <translation>您的手机号</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>大写锁定已开启。</translation>
    </message>
    <message>
        <source>&amp;Remember my phone number</source>
        <translation>记住手机号</translation>
    </message>
    <message>
        <source>Remember my phone number</source>
        <translation>记住手机号</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>正在登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in</source>
        <translation>自动登录</translation>
    </message>
    <message>
        <source>Keep me signed in</source>
        <translation>自动登录</translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Country calling code: %1</source>
        <translation>国家/地区代码：%1</translation>
    </message>
    <message>
        <source>Enter your mobile number</source>
        <translation>请输入手机号</translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation>请输入密码</translation>
    </message>
    <message>
        <source>Keep the session in %1 until it ends. Turn this off on a shared computer.</source>
        <translation>登录状态将保存在 %1 中，直至到期。在公用电脑上请关闭此选项。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Restoring your session…</source>
        <translation>正在恢复您的登录状态…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>The diagnostic report is on the clipboard.</source>
        <translation>诊断报告已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The phone number or password is wrong. Check them and try again.</source>
        <translation>手机号或密码错误，请检查后重试。</translation>
    </message>
    <message>
        <source>That is not a valid mobile number. Check the number and try again.</source>
        <translation>请输入正确的手机号。</translation>
    </message>
    <message>
        <source>The server refused to sign you in.</source>
        <translation>服务器拒绝了您的登录。</translation>
    </message>
    <message>
        <source>The server had a problem. Please try again in a few minutes.</source>
        <translation>服务器出现问题，请几分钟后重试。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood. If you are on a public network, you may need to open a web page and accept its terms first.</source>
        <translation>无法识别服务器的响应。如果您正在使用公共网络，可能需要先打开网页并同意其使用条款。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far too large and was refused.</source>
        <translation>服务器的响应过大，已被拒绝。</translation>
    </message>
    <message>
        <source>The server could not be reached. Check your internet connection and try again.</source>
        <translation>无法连接服务器，请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The server took too long to answer. Check your connection and try again.</source>
        <translation>服务器响应超时，请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made, so nothing was sent. Your network may be intercepting connections.</source>
        <translation>无法与服务器建立安全连接，因此未发送任何信息。您所在的网络可能正在拦截连接。</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>已取消登录。</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>服务器返回：%1</translation>
    </message>
    <message>
        <source>(HTTP status %1)</source>
        <translation>（HTTP 状态码 %1）</translation>
    </message>
    <message>
        <source>Your saved session could not be read and has been removed. Please sign in again.</source>
        <translation>无法读取已保存的登录信息，已将其删除。请重新登录。</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>您已退出登录。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>您的登录已过期，请重新登录。</translation>
    </message>
    <message>
        <source>The server ended your session. Please sign in again.</source>
        <translation>服务器已结束您的登录，请重新登录。</translation>
    </message>
    <message>
        <source>Enter your mobile phone number.</source>
        <translation>请输入手机号。</translation>
    </message>
    <message>
        <source>This number is too short for a mobile number.</source>
        <translation>手机号位数不足，请输入正确的手机号。</translation>
    </message>
    <message>
        <source>This number is too long for a mobile number.</source>
        <translation>手机号位数过多，请输入正确的手机号。</translation>
    </message>
    <message>
        <source>This is not a valid mobile number.</source>
        <translation>请输入正确的手机号。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Too many attempts. You can try again in %1.</source>
        <translation>尝试次数过多，请在 %1后重试。</translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation>现在可以重新尝试登录了。</translation>
    </message>
    <message>
        <source>Your session ends in %1. Then you will need to sign in again.</source>
        <translation>您的登录将在 %1后到期，届时需要重新登录。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached right now. You are still signed in.</source>
        <translation>暂时无法连接服务器。您仍处于登录状态。</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wants a user name and password before the server can be reached. You are still signed in.</source>
        <translation>您所在网络的代理服务器需要用户名和密码才能连接服务器。您仍处于登录状态。</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made. You are still signed in.</source>
        <translation>无法与服务器建立安全连接。您仍处于登录状态。</translation>
    </message>
    <message>
        <source>The server has a problem right now. You are still signed in.</source>
        <translation>服务器暂时出现问题。您仍处于登录状态。</translation>
    </message>
    <message>
        <source>A secure connection could not be made, so nothing was sent: the server&apos;s certificate was issued by “%1”, which this computer does not trust. If your organisation&apos;s network inspects secure connections, ask its IT staff to set up their certificate for this app.</source>
        <translation>无法建立安全连接，因此未发送任何信息：服务器的证书由“%1”颁发，而这台电脑不信任该机构。如果您所在单位的网络会检查加密连接，请让 IT 人员为此应用配置他们的证书。</translation>
    </message>
    <message>
        <source>A secure connection could not be made, so nothing was sent: the server&apos;s certificate has expired or is not valid yet. Check that this computer&apos;s date and time are right.</source>
        <translation>无法建立安全连接，因此未发送任何信息：服务器的证书已过期或尚未生效。请检查这台电脑的日期和时间是否正确。</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wants a user name and password, or refused the ones given. Enter them in Network settings, then try again.</source>
        <translation>您所在网络的代理服务器需要用户名和密码，或拒绝了已提供的用户名和密码。请在“网络设置”中输入后重试。</translation>
    </message>
    <message>
        <source>The proxy server could not be reached, so nothing was sent. Check the proxy in Network settings, or ask your IT staff.</source>
        <translation>无法连接代理服务器，因此未发送任何信息。请在“网络设置”中检查代理，或咨询 IT 人员。</translation>
    </message>
    <message>
        <source>Sign in with your phone number</source>
        <translation>使用手机号登录</translation>
    </message>
    <message>
        <source>Only mobile numbers from %1 can be used here.</source>
        <extracomment>%1: the accepted regions, e.g. &quot;Chinese mainland, Hong Kong (China) and Taiwan (China)&quot;</extracomment>
        <translation>这里只能使用%1的手机号。</translation>
    </message>
    <message>
        <source>Try again in %1 s</source>
        <translation>%1 秒后重试</translation>
    </message>
    <message>
        <source>Your session ended on %1. Please sign in again.</source>
        <translation>您的登录已于 %1 到期，请重新登录。</translation>
    </message>
    <message>
        <source>Your session ends in %1. Click here to sign in again.</source>
        <translation>您的登录将在 %1后到期。点击此处重新登录。</translation>
    </message>
    <message>
        <source>To stay signed in as %1, enter your password. Your current session ends on %2.</source>
        <translation>输入密码即可让 %1 保持登录。当前登录将于 %2 到期。</translation>
    </message>
    <message>
        <source>You are signed in again. Your session now ends on %1.</source>
        <translation>已重新登录。您的登录现在将于 %1 到期。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>%1 is still running, so that it can remind you before your session ends. To quit, choose Quit in its menu here.</source>
        <translation>%1 仍在运行，以便在登录到期前提醒您。如需退出，请在此处的菜单中选择“退出”。</translation>
    </message>
    <message>
        <source>%1: signed out</source>
        <translation>%1：未登录</translation>
    </message>
    <message>
        <source>%1: signed in until %2</source>
        <translation>%1：已登录，%2 到期</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Chinese mainland</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>Hong Kong (China)</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Macao (China)</source>
        <translation>中国澳门</translation>
    </message>
    <message>
        <source>Taiwan (China)</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <source>the keychain</source>
        <comment>macOS&apos;s Keychain</comment>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>the keyring</source>
        <comment>Linux: the Secret Service (GNOME Keyring, KWallet)</comment>
        <translation>密钥环</translation>
    </message>
    <message>
        <source>This session could not be saved in %1, so it will not be remembered: you will need to sign in again next time.</source>
        <translation>此次登录无法保存到 %1，因此不会被记住，下次需要重新登录。</translation>
    </message>
    <message>
        <source>You are signed out, but the saved session could not be removed from %1.</source>
        <translation>您已退出登录，但未能从 %1 中删除已保存的登录信息。</translation>
    </message>
    <message>
        <source>The new session could not be saved in %1, so your current session stays as it was. Please try again.</source>
        <translation>新的登录无法保存到 %1，当前登录保持不变。请重试。</translation>
    </message>
    <message>
        <source>This app is not set up correctly for the server.</source>
        <translation>此应用与服务器的配置不匹配。</translation>
    </message>
    <message>
        <source>The server does not accept sign-in with a password.</source>
        <translation>服务器不接受密码登录。</translation>
    </message>
    <message>
        <source>This app is not allowed to sign in with a password on this server.</source>
        <translation>服务器不允许此应用使用密码登录。</translation>
    </message>
    <message>
        <source>The server does not allow the access this app asks for (its scope setting).</source>
        <translation>服务器不允许此应用请求的访问权限（scope 设置）。</translation>
    </message>
    <message>
        <source>The server could not understand the sign-in request. Check the phone number and try again.</source>
        <translation>服务器无法处理此登录请求。请检查手机号后重试。</translation>
    </message>
    <message>
        <source>The server tried to send the sign-in elsewhere. For your safety nothing was sent there.</source>
        <translation>服务器试图将登录请求转到其他地址。为了您的安全，未向该地址发送任何信息。</translation>
    </message>
    <message>
        <source>The server address is not secure (it does not use https), so nothing was sent.</source>
        <translation>服务器地址不安全（未使用 https），因此未发送任何信息。</translation>
    </message>
    <message>
        <source>A secure connection could not be made, so nothing was sent: the server&apos;s certificate is for a different address.</source>
        <translation>无法建立安全连接，因此未发送任何信息：服务器的证书属于其他地址。</translation>
    </message>
    <message>
        <source>If this continues, please contact your provider.</source>
        <translation>如果问题持续出现，请联系服务商。</translation>
    </message>
    <message>
        <source>Please contact your provider.</source>
        <translation>请联系服务商。</translation>
    </message>
    <message>
        <source>If this continues, please contact %1.</source>
        <translation>如果问题持续出现，请联系%1。</translation>
    </message>
    <message>
        <source>Please contact %1.</source>
        <translation>请联系%1。</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>忘记密码？</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>注册账号</translation>
    </message>
    <message>
        <source>I have read and agree to the &lt;a href=&quot;terms&quot;&gt;Terms of Service&lt;/a&gt; and the &lt;a href=&quot;privacy&quot;&gt;Privacy Policy&lt;/a&gt;</source>
        <translation>我已阅读并同意&lt;a href=&quot;terms&quot;&gt;《用户协议》&lt;/a&gt;和&lt;a href=&quot;privacy&quot;&gt;《隐私政策》&lt;/a&gt;</translation>
    </message>
    <message>
        <source>To sign in, first agree to the Terms of Service and the Privacy Policy.</source>
        <translation>请先阅读并同意《用户协议》和《隐私政策》。</translation>
    </message>
    <message>
        <source>Terms of Service</source>
        <translation>用户协议</translation>
    </message>
    <message>
        <source>Privacy Policy</source>
        <translation>隐私政策</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>获取帮助</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsDialog</name>
    <message>
        <source>Network Settings</source>
        <translation>网络设置</translation>
    </message>
    <message>
        <source>How this app reaches the server:</source>
        <translation>此应用连接服务器的方式：</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>使用系统的代理设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>不使用代理(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Use this proxy:</source>
        <translation>使用以下代理(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>代理类型</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>用户名(&amp;M)：</translation>
    </message>
    <message>
        <source>Proxy user name (optional)</source>
        <translation>代理用户名（可选）</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Proxy password (optional)</source>
        <translation>代理密码（可选）</translation>
    </message>
    <message>
        <source>Your organisation manages these settings.</source>
        <translation>这些设置由您所在的单位管理。</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>（已保存）</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address, such as proxy.example.com, and its port.</source>
        <translation>请输入代理的主机名或地址（例如 proxy.example.com）及端口。</translation>
    </message>
    <message>
        <source>The password is kept in %1, never in a settings file.</source>
        <translation>密码保存在 %1 中，绝不会写入设置文件。</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide password</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>显示密码</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <source>Clear phone number</source>
        <translation>清除手机号</translation>
    </message>
</context>
<context>
    <name>RegionSelector</name>
    <message>
        <source>Country or region: %1 (%2)</source>
        <translation>国家/地区：%1（%2）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search countries and regions</source>
        <translation>搜索国家/地区</translation>
    </message>
    <message>
        <source>Countries and regions</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>region name (calling code)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>Sign In Again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>大写锁定已开启。</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation>请输入密码</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>You are signed in</source>
        <translation>您已登录</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>登录时间：</translation>
    </message>
    <message>
        <source>Session ends:</source>
        <translation>到期时间：</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>剩余时间：</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Not available right now</source>
        <translation>暂时无法获取</translation>
    </message>
    <message>
        <source>This session is not saved on this computer: quitting the app signs you out.</source>
        <translation>此次登录不会保存在这台电脑上，退出应用后需要重新登录。</translation>
    </message>
    <message>
        <source>How much of the session has passed</source>
        <translation>会话已过去的部分</translation>
    </message>
    <message>
        <source>Signed-in person</source>
        <translation>已登录的用户</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>重新登录…</translation>
    </message>
    <message>
        <source>Enter your password to start a new session before this one ends</source>
        <translation>在当前登录到期前输入密码，开始新的登录</translation>
    </message>
</context>
</TS>
