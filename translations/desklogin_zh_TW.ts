<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutBox</name>
    <message>
        <source>About %1</source>
        <translation>關於 %1</translation>
    </message>
    <message>
        <source>Qt %1, under the GNU LGPL version 3</source>
        <translation>Qt %1，採用 GNU LGPL 第 3 版授權</translation>
    </message>
    <message>
        <source>QtKeychain, under the BSD 3-Clause licence</source>
        <translation>QtKeychain，採用 BSD 三條款授權</translation>
    </message>
    <message>
        <source>libphonenumber, under the Apache License 2.0</source>
        <translation>libphonenumber，採用 Apache 2.0 授權</translation>
    </message>
    <message>
        <source>ICU, under the Unicode License</source>
        <translation>ICU，依據 Unicode 授權條款</translation>
    </message>
    <message>
        <source>Sign in with your phone number.</source>
        <translation>使用手機號碼登入。</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>伺服器：%1</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>使用的開放原始碼軟體：</translation>
    </message>
    <message>
        <source>%1 Help</source>
        <translation>%1 說明</translation>
    </message>
    <message>
        <source>Enter your mobile phone number and your password, then press Enter or click Sign in.

You stay signed in until your session ends, even if you quit the app; the session page shows when that will be. Your password is never stored.</source>
        <translation>輸入手機號碼和密碼，然後按 Enter 鍵或點選「登入」。

在登入有效期限結束前，即使結束應用程式，您仍會保持登入；登入資訊頁面會顯示何時到期。您的密碼不會被儲存。</translation>
    </message>
    <message>
        <source>If you forgot your password or your account is locked, contact the provider who gave you this app.</source>
        <translation>如果忘記密碼或帳號遭到鎖定，請聯絡提供此應用程式的服務商。</translation>
    </message>
    <message>
        <source>If you forgot your password or your account is locked, contact %1.</source>
        <translation>如果忘記密碼或帳號遭到鎖定，請聯絡%1。</translation>
    </message>
</context>
<context>
    <name>AppMenus</name>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Network Settings…</source>
        <translation>網路設定(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Copy Diagnostic Report</source>
        <translation>複製診斷報告(&amp;C)</translation>
    </message>
    <message>
        <source>Save &amp;Diagnostic Report…</source>
        <translation>儲存診斷報告(&amp;D)…</translation>
    </message>
    <message>
        <source>%1 &amp;Help</source>
        <translation>%1 說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>關於 %1(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <translation>開啟 %1(&amp;O)</translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation>重新登入(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;tart with the Computer</source>
        <translation>開機時啟動(&amp;T)</translation>
    </message>
</context>
<context>
    <name>DiagnosticReport</name>
    <message>
        <source>(no window)</source>
        <translation>（無視窗）</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>未登入</translation>
    </message>
    <message>
        <source>looking for a saved session</source>
        <translation>正在尋找已儲存的登入</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>正在登入</translation>
    </message>
    <message>
        <source>signed in until %1, for this run only</source>
        <translation>已登入，有效期限至 %1，僅限本次執行</translation>
    </message>
    <message>
        <source>%1 diagnostic report</source>
        <translation>%1 診斷報告</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>產生時間</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>認證儲存區</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>登入狀態</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>（已鎖定）</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Extra trusted certificates</source>
        <translation>額外信任的憑證</translation>
    </message>
    <message>
        <source>Settings in effect:</source>
        <translation>目前生效的設定：</translation>
    </message>
    <message>
        <source>Problems in the settings:</source>
        <translation>設定中的問題：</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>記錄檔資料夾</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Last lines of the log:</source>
        <translation>記錄檔的最後幾行：</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>%1 diagnostic report.txt</source>
        <translation>%1 診斷報告.txt</translation>
    </message>
    <message>
        <source>Save Diagnostic Report</source>
        <translation>儲存診斷報告</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文字檔 (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved there: %1</source>
        <translation>無法將報告儲存到該位置：%1</translation>
    </message>
    <message>
        <source>signed in until %1, kept in %2</source>
        <translation>已登入，有效期限至 %1，儲存在 %2 中</translation>
    </message>
    <message>
        <source>(with a password from %1)</source>
        <translation>（密碼來自 %1）</translation>
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>語言：%1</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>網路…</translation>
    </message>
    <message>
        <source>Proxy settings for this app</source>
        <translation>本應用程式的代理伺服器設定</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>網路設定</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Help and about</source>
        <translation>說明與關於</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Phone number</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>Your mobile phone number</source>
        <translation>您的手機號碼</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>大寫鎖定已開啟。</translation>
    </message>
    <message>
        <source>&amp;Remember my phone number</source>
        <translation>記住手機號碼</translation>
    </message>
    <message>
        <source>Remember my phone number</source>
        <translation>記住手機號碼</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>正在登入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in</source>
        <translation>自動登入</translation>
    </message>
    <message>
        <source>Keep me signed in</source>
        <translation>自動登入</translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Country calling code: %1</source>
        <translation>國家/地區代碼：%1</translation>
    </message>
    <message>
        <source>Enter your mobile number</source>
        <translation>請輸入手機號碼</translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation>請輸入密碼</translation>
    </message>
    <message>
        <source>Keep the session in %1 until it ends. Turn this off on a shared computer.</source>
        <translation>登入狀態將儲存在 %1 中，直至到期。在共用電腦上請關閉此選項。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Restoring your session…</source>
        <translation>正在還原您的登入狀態…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>The diagnostic report is on the clipboard.</source>
        <translation>診斷報告已複製到剪貼簿。</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
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
        <translation>手機號碼或密碼錯誤，請檢查後再試一次。</translation>
    </message>
    <message>
        <source>That is not a valid mobile number. Check the number and try again.</source>
        <translation>請輸入正確的手機號碼。</translation>
    </message>
    <message>
        <source>The server refused to sign you in.</source>
        <translation>伺服器拒絕了您的登入。</translation>
    </message>
    <message>
        <source>The server had a problem. Please try again in a few minutes.</source>
        <translation>伺服器發生問題，請幾分鐘後再試一次。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood. If you are on a public network, you may need to open a web page and accept its terms first.</source>
        <translation>無法辨識伺服器的回應。如果您正在使用公用網路，可能需要先開啟網頁並同意其使用條款。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far too large and was refused.</source>
        <translation>伺服器的回應過大，已被拒絕。</translation>
    </message>
    <message>
        <source>The server could not be reached. Check your internet connection and try again.</source>
        <translation>無法連線至伺服器，請檢查網路連線後再試一次。</translation>
    </message>
    <message>
        <source>The server took too long to answer. Check your connection and try again.</source>
        <translation>伺服器回應逾時，請檢查網路連線後再試一次。</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made, so nothing was sent. Your network may be intercepting connections.</source>
        <translation>無法與伺服器建立安全連線，因此未傳送任何資料。您所在的網路可能正在攔截連線。</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>已取消登入。</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>伺服器回應：%1</translation>
    </message>
    <message>
        <source>(HTTP status %1)</source>
        <translation>（HTTP 狀態碼 %1）</translation>
    </message>
    <message>
        <source>Your saved session could not be read and has been removed. Please sign in again.</source>
        <translation>無法讀取已儲存的登入資訊，已將其刪除。請重新登入。</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>您已登出。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>您的登入已過期，請重新登入。</translation>
    </message>
    <message>
        <source>The server ended your session. Please sign in again.</source>
        <translation>伺服器已結束您的登入，請重新登入。</translation>
    </message>
    <message>
        <source>Enter your mobile phone number.</source>
        <translation>請輸入手機號碼。</translation>
    </message>
    <message>
        <source>This number is too short for a mobile number.</source>
        <translation>手機號碼位數不足，請輸入正確的手機號碼。</translation>
    </message>
    <message>
        <source>This number is too long for a mobile number.</source>
        <translation>手機號碼位數過多，請輸入正確的手機號碼。</translation>
    </message>
    <message>
        <source>This is not a valid mobile number.</source>
        <translation>請輸入正確的手機號碼。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <source>Too many attempts. You can try again in %1.</source>
        <translation>嘗試次數過多，請在 %1後再試一次。</translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation>現在可以再次嘗試登入了。</translation>
    </message>
    <message>
        <source>Your session ends in %1. Then you will need to sign in again.</source>
        <translation>您的登入將在 %1後到期，屆時需要重新登入。</translation>
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
            <numerusform>%n 小時</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
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
        <translation>暫時無法連線至伺服器。您仍保持登入。</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wants a user name and password before the server can be reached. You are still signed in.</source>
        <translation>您所在網路的 Proxy 伺服器需要使用者名稱和密碼才能連線至伺服器。您仍保持登入。</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made. You are still signed in.</source>
        <translation>無法與伺服器建立安全連線。您仍保持登入。</translation>
    </message>
    <message>
        <source>The server has a problem right now. You are still signed in.</source>
        <translation>伺服器暫時發生問題。您仍保持登入。</translation>
    </message>
    <message>
        <source>A secure connection could not be made, so nothing was sent: the server&apos;s certificate was issued by “%1”, which this computer does not trust. If your organisation&apos;s network inspects secure connections, ask its IT staff to set up their certificate for this app.</source>
        <translation>無法建立安全連線，因此未傳送任何資料：伺服器的憑證由「%1」簽發，而這台電腦不信任該機構。如果您所在機構的網路會檢查加密連線，請聯絡 IT 人員為此應用程式設定他們的憑證。</translation>
    </message>
    <message>
        <source>A secure connection could not be made, so nothing was sent: the server&apos;s certificate has expired or is not valid yet. Check that this computer&apos;s date and time are right.</source>
        <translation>無法建立安全連線，因此未傳送任何資料：伺服器的憑證已過期或尚未生效。請檢查這台電腦的日期和時間是否正確。</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wants a user name and password, or refused the ones given. Enter them in Network settings, then try again.</source>
        <translation>您所在網路的 Proxy 伺服器需要使用者名稱和密碼，或拒絕了已提供的使用者名稱和密碼。請在「網路設定」中輸入後再試一次。</translation>
    </message>
    <message>
        <source>The proxy server could not be reached, so nothing was sent. Check the proxy in Network settings, or ask your IT staff.</source>
        <translation>無法連線至 Proxy 伺服器，因此未傳送任何資料。請在「網路設定」中檢查 Proxy，或洽詢 IT 人員。</translation>
    </message>
    <message>
        <source>Sign in with your phone number</source>
        <translation>使用手機號碼登入</translation>
    </message>
    <message>
        <source>Only mobile numbers from %1 can be used here.</source>
        <extracomment>%1: the accepted regions, e.g. &quot;Chinese mainland, Hong Kong (China) and Taiwan (China)&quot;</extracomment>
        <translation>這裡只能使用%1的手機號碼。</translation>
    </message>
    <message>
        <source>Try again in %1 s</source>
        <translation>%1 秒後重試</translation>
    </message>
    <message>
        <source>Your session ended on %1. Please sign in again.</source>
        <translation>您的登入已於 %1 到期，請重新登入。</translation>
    </message>
    <message>
        <source>Your session ends in %1. Click here to sign in again.</source>
        <translation>您的登入將在 %1後到期。按一下這裡重新登入。</translation>
    </message>
    <message>
        <source>To stay signed in as %1, enter your password. Your current session ends on %2.</source>
        <translation>輸入密碼即可讓 %1 保持登入。目前的登入將於 %2 到期。</translation>
    </message>
    <message>
        <source>You are signed in again. Your session now ends on %1.</source>
        <translation>已重新登入。您的登入現在將於 %1 到期。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>請輸入密碼。</translation>
    </message>
    <message>
        <source>%1 is still running, so that it can remind you before your session ends. To quit, choose Quit in its menu here.</source>
        <translation>%1 仍在執行，以便在登入到期前提醒您。若要結束，請在這裡的選單中選擇「結束」。</translation>
    </message>
    <message>
        <source>%1: signed out</source>
        <translation>%1：未登入</translation>
    </message>
    <message>
        <source>%1: signed in until %2</source>
        <translation>%1：已登入，%2 到期</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Chinese mainland</source>
        <translation>中國大陸</translation>
    </message>
    <message>
        <source>Hong Kong (China)</source>
        <translation>中國香港</translation>
    </message>
    <message>
        <source>Macao (China)</source>
        <translation>中國澳門</translation>
    </message>
    <message>
        <source>Taiwan (China)</source>
        <translation>中國台灣</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 認證管理員</translation>
    </message>
    <message>
        <source>the keychain</source>
        <comment>macOS&apos;s Keychain</comment>
        <translation>鑰匙圈</translation>
    </message>
    <message>
        <source>the keyring</source>
        <comment>Linux: the Secret Service (GNOME Keyring, KWallet)</comment>
        <translation>鑰匙圈</translation>
    </message>
    <message>
        <source>This session could not be saved in %1, so it will not be remembered: you will need to sign in again next time.</source>
        <translation>此次登入無法儲存到 %1，因此不會被記住，下次需要重新登入。</translation>
    </message>
    <message>
        <source>You are signed out, but the saved session could not be removed from %1.</source>
        <translation>您已登出，但無法從 %1 中刪除已儲存的登入資訊。</translation>
    </message>
    <message>
        <source>The new session could not be saved in %1, so your current session stays as it was. Please try again.</source>
        <translation>新的登入無法儲存到 %1，目前的登入維持不變。請再試一次。</translation>
    </message>
    <message>
        <source>This app is not set up correctly for the server.</source>
        <translation>此應用程式與伺服器的設定不相符。</translation>
    </message>
    <message>
        <source>The server does not accept sign-in with a password.</source>
        <translation>伺服器不接受密碼登入。</translation>
    </message>
    <message>
        <source>This app is not allowed to sign in with a password on this server.</source>
        <translation>伺服器不允許此應用程式使用密碼登入。</translation>
    </message>
    <message>
        <source>The server does not allow the access this app asks for (its scope setting).</source>
        <translation>伺服器不允許此應用程式要求的存取權限（scope 設定）。</translation>
    </message>
    <message>
        <source>The server could not understand the sign-in request. Check the phone number and try again.</source>
        <translation>伺服器無法處理此登入要求。請檢查手機號碼後再試一次。</translation>
    </message>
    <message>
        <source>The server tried to send the sign-in elsewhere. For your safety nothing was sent there.</source>
        <translation>伺服器試圖將登入要求轉到其他位址。為了您的安全，未向該位址傳送任何資料。</translation>
    </message>
    <message>
        <source>The server address is not secure (it does not use https), so nothing was sent.</source>
        <translation>伺服器位址不安全（未使用 https），因此未傳送任何資料。</translation>
    </message>
    <message>
        <source>A secure connection could not be made, so nothing was sent: the server&apos;s certificate is for a different address.</source>
        <translation>無法建立安全連線，因此未傳送任何資料：伺服器的憑證屬於其他位址。</translation>
    </message>
    <message>
        <source>If this continues, please contact your provider.</source>
        <translation>如果問題持續發生，請聯絡服務商。</translation>
    </message>
    <message>
        <source>Please contact your provider.</source>
        <translation>請聯絡服務商。</translation>
    </message>
    <message>
        <source>If this continues, please contact %1.</source>
        <translation>如果問題持續發生，請聯絡%1。</translation>
    </message>
    <message>
        <source>Please contact %1.</source>
        <translation>請聯絡%1。</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>忘記密碼？</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>註冊帳號</translation>
    </message>
    <message>
        <source>I have read and agree to the &lt;a href=&quot;terms&quot;&gt;Terms of Service&lt;/a&gt; and the &lt;a href=&quot;privacy&quot;&gt;Privacy Policy&lt;/a&gt;</source>
        <translation>我已閱讀並同意&lt;a href=&quot;terms&quot;&gt;《服務條款》&lt;/a&gt;和&lt;a href=&quot;privacy&quot;&gt;《隱私權政策》&lt;/a&gt;</translation>
    </message>
    <message>
        <source>To sign in, first agree to the Terms of Service and the Privacy Policy.</source>
        <translation>請先閱讀並同意《服務條款》和《隱私權政策》。</translation>
    </message>
    <message>
        <source>Terms of Service</source>
        <translation>服務條款</translation>
    </message>
    <message>
        <source>Privacy Policy</source>
        <translation>隱私權政策</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>取得協助</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsDialog</name>
    <message>
        <source>Network Settings</source>
        <translation>網路設定</translation>
    </message>
    <message>
        <source>How this app reaches the server:</source>
        <translation>此應用程式連線至伺服器的方式：</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>使用系統的 Proxy 設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>不使用 Proxy(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Use this proxy:</source>
        <translation>使用以下 Proxy(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxy 類型</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主機(&amp;H)：</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy 主機</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>連接埠(&amp;O)：</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy 連接埠</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>使用者名稱(&amp;M)：</translation>
    </message>
    <message>
        <source>Proxy user name (optional)</source>
        <translation>Proxy 使用者名稱（選填）</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密碼(&amp;W)：</translation>
    </message>
    <message>
        <source>Proxy password (optional)</source>
        <translation>Proxy 密碼（選填）</translation>
    </message>
    <message>
        <source>Your organisation manages these settings.</source>
        <translation>這些設定由您所在的機構管理。</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>（已儲存）</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address, such as proxy.example.com, and its port.</source>
        <translation>請輸入 Proxy 的主機名稱或位址（例如 proxy.example.com）及連接埠。</translation>
    </message>
    <message>
        <source>The password is kept in %1, never in a settings file.</source>
        <translation>密碼儲存在 %1 中，絕不會寫入設定檔。</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide password</source>
        <translation>隱藏密碼</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>顯示密碼</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <source>Clear phone number</source>
        <translation>清除手機號碼</translation>
    </message>
</context>
<context>
    <name>RegionSelector</name>
    <message>
        <source>Country or region: %1 (%2)</source>
        <translation>國家/地區：%1（%2）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Search countries and regions</source>
        <translation>搜尋國家/地區</translation>
    </message>
    <message>
        <source>Countries and regions</source>
        <translation>國家/地區</translation>
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
        <translation>重新登入</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>大寫鎖定已開啟。</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation>請輸入密碼</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>You are signed in</source>
        <translation>您已登入</translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation>手機號碼：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>登入時間：</translation>
    </message>
    <message>
        <source>Session ends:</source>
        <translation>到期時間：</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>剩餘時間：</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>Not available right now</source>
        <translation>暫時無法取得</translation>
    </message>
    <message>
        <source>This session is not saved on this computer: quitting the app signs you out.</source>
        <translation>此次登入不會儲存在這台電腦上，結束應用程式後需要重新登入。</translation>
    </message>
    <message>
        <source>How much of the session has passed</source>
        <translation>工作階段已經過的部分</translation>
    </message>
    <message>
        <source>Signed-in person</source>
        <translation>已登入的使用者</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>重新登入…</translation>
    </message>
    <message>
        <source>Enter your password to start a new session before this one ends</source>
        <translation>在目前的登入到期前輸入密碼，開始新的登入</translation>
    </message>
</context>
</TS>
