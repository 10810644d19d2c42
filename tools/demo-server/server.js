#!/usr/bin/env node
// DeskLogin's demo server: a real OAuth 2.0 password grant (@node-oauth/oauth2-server) behind
// the answers Laravel Passport gives, so that the app can be tried and tested against it.
// Listens on loopback unless told otherwise. Run with --help for the options.
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const https = require('node:https');
const crypto = require('node:crypto');
const net = require('node:net');
const OAuth2Server = require('@node-oauth/oauth2-server');
const { Request, Response, OAuthError } = OAuth2Server;

const USAGE = `usage: server.js [options]
  --port N            port (default 8765; 0 picks a free one)
  --host ADDRESS      the address to listen on (default 127.0.0.1). Another address
                        of this computer lets a proxy reach the server, since nothing
                        goes to loopback through a proxy; the demo accounts are then
                        open to whoever can reach that address
  --expires-in S      token lifetime in seconds (default 31536000, one year)
  --dialect D         how wrong credentials are answered:
                        passport7 (default; the API document's shape, HTTP 401),
                        league8 (HTTP 400, error_description and message),
                        league9 (HTTP 400, error_description only),
                        rfc6749 (not Passport: a plain RFC 6749 server that refuses
                          an empty scope with invalid_scope, as the library does)
  --scopes LIST       space-separated scopes a client may ask for (default: any)
  --public-client ID  also accept this client id with no client secret (a public
                        client, as Passport 13 can issue for the password grant)
  --tls CERT KEY      serve https with this PEM certificate chain and key
  --max-attempts N    failed sign-ins per address before HTTP 429 (default 5)
  --decay S           seconds the throttle remembers failures (default 60)
  --url-file FILE     once listening, write the server's address and a newline to FILE
                        (a file, a pipe such as /dev/fd/3, or /dev/stdout): the signal
                        that it is ready, for scripts and tests
  --quiet             print nothing but errors`;

function parseArgs(argv) {
  const options = { port: 8765, host: '127.0.0.1', expiresIn: 31536000, dialect: 'passport7', maxAttempts: 5, decay: 60, quiet: false };
  const numeric = { '--port': 'port', '--expires-in': 'expiresIn', '--max-attempts': 'maxAttempts', '--decay': 'decay' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') { console.log(USAGE); process.exit(0); }
    if (arg === '--quiet') { options.quiet = true; continue; }
    if (arg === '--url-file') {
      options.urlFile = argv[++i];
      if (!options.urlFile) fail('--url-file needs a file');
      continue;
    }
    if (arg === '--host') {
      options.host = argv[++i];
      if (!net.isIP(options.host || '')) fail('--host needs an IP address');
      continue;
    }
    if (arg === '--scopes') { options.scopes = String(argv[++i] || '').split(/\s+/).filter(Boolean); continue; }
    if (arg === '--public-client') {
      options.publicClient = argv[++i];
      if (!options.publicClient) fail('--public-client needs a client id');
      continue;
    }
    if (arg === '--tls') {
      options.tls = { cert: argv[++i], key: argv[++i] };
      if (!options.tls.cert || !options.tls.key) fail('--tls needs a certificate file and a key file');
      continue;
    }
    if (arg === '--dialect') {
      options.dialect = argv[++i];
      if (!['passport7', 'league8', 'league9', 'rfc6749'].includes(options.dialect)) fail(`unknown dialect: ${options.dialect}`);
      continue;
    }
    if (numeric[arg]) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) fail(`${arg} needs a whole number`);
      options[numeric[arg]] = value;
      continue;
    }
    fail(`unknown option: ${arg}`);
  }
  if (options.expiresIn < 1) fail('--expires-in must be at least 1');
  return options;
}

function fail(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const options = parseArgs(process.argv.slice(2));

// Passport's clients have numeric ids; the password grant client of a fresh install is 2.
const CLIENT = { id: '2', secret: 'desklogin-demo-secret-2f1c9a7e', grants: ['password'] };
const USERS = [
  { id: 1, name: 'Li Wei', phone: '13800138000', password: 'demo-password' },
  { id: 2, name: 'Chen Jing', phone: '13900139000', password: 'another-password' },
  // Outside the mainland a backend that serves several regions knows its users by E.164.
  { id: 3, name: '林美玲', phone: '+886912345678', password: 'demo-password' },
];

// RS256 keys are made afresh on every start, as `php artisan passport:keys` would.
const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const tokens = new Map(); // access token -> { user, client, expiresAt }

function base64url(data) {
  return Buffer.from(data).toString('base64url');
}

// An access token shaped like the API document's sample: a JWT with aud, jti, iat, nbf, exp,
// sub and scopes, signed RS256, jti in its header too.
function makeJwt(client, user, scope) {
  const jti = crypto.randomBytes(40).toString('hex');
  const iat = Math.floor(Date.now() / 1000);
  const header = { typ: 'JWT', alg: 'RS256', jti };
  const claims = { aud: client.id, jti, iat, nbf: iat, exp: iat + options.expiresIn, sub: String(user.id), scopes: scope || [] };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const signature = crypto.sign('sha256', Buffer.from(signingInput), privateKey);
  return `${signingInput}.${base64url(signature)}`;
}

function normalisePhone(username) {
  // Accept national digits (the default the app sends) and E.164 (+86…).
  return String(username).replace(/^\+86/, '').replace(/^0086/, '');
}

const model = {
  async getClient(clientId, clientSecret) {
    // A public client has no secret to check (league/oauth2-server ignores one for it).
    if (options.publicClient && clientId === options.publicClient) return { id: clientId, grants: ['password'] };
    if (clientId !== CLIENT.id || clientSecret !== CLIENT.secret) return null;
    return { id: CLIENT.id, grants: CLIENT.grants };
  },
  async validateScope(user, client, scope) {
    if (!scope) return []; // no scope asked for: none granted (truthy, as the library wants)
    if (!options.scopes) return scope;
    return scope.every((s) => options.scopes.includes(s)) ? scope : false;
  },
  async getUser(username, password) {
    const phone = normalisePhone(username);
    return USERS.find((u) => u.phone === phone && u.password === password) || null;
  },
  async generateAccessToken(client, user, scope) {
    return makeJwt(client, user, scope);
  },
  async generateRefreshToken() {
    return `def50200${crypto.randomBytes(300).toString('hex')}`;
  },
  async saveToken(token, client, user) {
    tokens.set(token.accessToken, { user, client, expiresAt: token.accessTokenExpiresAt });
    return { ...token, client, user };
  },
  async getAccessToken(accessToken) {
    const entry = tokens.get(accessToken);
    if (!entry) return null;
    return { accessToken, accessTokenExpiresAt: entry.expiresAt, client: entry.client, user: entry.user };
  },
};

const oauth = new OAuth2Server({ model, accessTokenLifetime: options.expiresIn, refreshTokenLifetime: options.expiresIn });

// --- Passport's dialects ------------------------------------------------------------------------

const WRONG_CREDENTIALS = 'The user credentials were incorrect.';
const INVALID_CLIENT = 'Client authentication failed';

function oauthErrorBody(error) {
  const name = error.name || 'server_error';
  if (name === 'invalid_grant') {
    switch (options.dialect) {
      case 'passport7': return [401, { error: 'invalid_credentials', message: WRONG_CREDENTIALS }];
      case 'league8': return [400, { error: 'invalid_grant', error_description: WRONG_CREDENTIALS, message: WRONG_CREDENTIALS }];
      default: return [400, { error: 'invalid_grant', error_description: WRONG_CREDENTIALS }];
    }
  }
  if (name === 'invalid_client') {
    if (options.dialect === 'passport7') return [401, { error: 'invalid_client', message: INVALID_CLIENT }];
    const body = { error: 'invalid_client', error_description: INVALID_CLIENT };
    if (options.dialect === 'league8') body.message = INVALID_CLIENT;
    return [401, body];
  }
  const status = error.code && error.code >= 400 ? error.code : 500;
  const description = error.message || 'Error.';
  if (options.dialect === 'passport7') return [status, { error: name, message: description }];
  const body = { error: name, error_description: description };
  if (options.dialect === 'league8') body.message = description;
  return [status, body];
}

// --- Laravel's throttle -----------------------------------------------------------------------

const failures = new Map(); // address -> [timestamps in ms]
let lastTokenRequest = null;

function recentFailures(address) {
  const cutoff = Date.now() - options.decay * 1000;
  const list = (failures.get(address) || []).filter((t) => t > cutoff);
  failures.set(address, list);
  return list;
}

// --- HTTP -----------------------------------------------------------------------------------------

const MAX_BODY = 16 * 1024;

function send(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) { reject(new Error('body too large')); req.destroy(); return; }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleToken(req, res) {
  const address = req.socket.remoteAddress;
  const recent = recentFailures(address);
  if (recent.length >= options.maxAttempts) {
    const retryAfter = Math.max(1, Math.ceil((recent[0] + options.decay * 1000 - Date.now()) / 1000));
    return send(res, 429, { message: 'Too Many Attempts.' }, {
      'Retry-After': String(retryAfter),
      'X-RateLimit-Limit': String(options.maxAttempts),
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000) + retryAfter),
    });
  }
  let text;
  try {
    text = await readBody(req);
  } catch {
    return send(res, 413, { message: 'Payload Too Large' });
  }
  const body = Object.fromEntries(new URLSearchParams(text));
  // What the request carried, without any value, for tests: GET /demo/last-token-request.
  lastTokenRequest = {
    fields: Object.keys(body).sort(),
    userAgent: req.headers['user-agent'] || '',
    via: req.headers.via || '',
  };
  // Passport treats an empty scope as no scope; the library (and the rfc6749 dialect) call it
  // malformed.
  if (options.dialect !== 'rfc6749' && body.scope !== undefined && body.scope.trim() === '') delete body.scope;
  const request = new Request({ method: req.method, headers: req.headers, query: {}, body });
  const response = new Response({ headers: {} });
  try {
    await oauth.token(request, response, { requireClientAuthentication: { password: !options.publicClient } });
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error;
    if (error.name === 'invalid_grant') recent.push(Date.now());
    const [status, errorBody] = oauthErrorBody(error);
    log(`POST /oauth/token -> ${status} ${errorBody.error}`);
    return send(res, status, errorBody);
  }
  const b = response.body;
  log(`POST /oauth/token -> 200 (user ${normalisePhone(body.username)})`);
  // Passport's order of fields, as in the API document.
  send(res, 200, { token_type: 'Bearer', expires_in: b.expires_in, access_token: b.access_token, refresh_token: b.refresh_token });
}

// The bearer's token, or null once Laravel's 401 has been sent.
async function bearerToken(req, res) {
  const request = new Request({ method: req.method, headers: req.headers, query: {}, body: {} });
  try {
    return await oauth.authenticate(request, new Response({ headers: {} }));
  } catch {
    send(res, 401, { message: 'Unauthenticated.' });
    return null;
  }
}

async function handleUser(req, res) {
  const token = await bearerToken(req, res);
  if (!token) return;
  const { id, name, phone } = token.user;
  send(res, 200, { id, name, phone });
  profilesServed++;
  for (const waiter of profileWaiters) waiter();
}

// --- Signing out: the two ways a Passport backend revokes a token ------------------------------------
// POST /api/logout: the route many Passport apps add, which revokes the bearer's own token
// ($request->user()->token()->revoke()): 204, or 401 for a token it does not know.
// POST /oauth/revoke: RFC 7009 (token, token_type_hint), the client authenticated as at
// /oauth/token: 200 whether or not the token was known, 401 invalid_client otherwise.

async function handleLogout(req, res) {
  const token = await bearerToken(req, res);
  if (!token) return;
  tokens.delete(token.accessToken);
  log('POST /api/logout -> 204');
  res.writeHead(204, { 'Cache-Control': 'no-store' });
  res.end();
}

async function handleRevoke(req, res) {
  let text;
  try {
    text = await readBody(req);
  } catch {
    return send(res, 413, { message: 'Payload Too Large' });
  }
  const body = Object.fromEntries(new URLSearchParams(text));
  const client = await model.getClient(body.client_id, body.client_secret);
  if (!client) return send(res, 401, { error: 'invalid_client', error_description: 'Client authentication failed' });
  if (body.token && tokens.get(body.token)?.client.id === client.id) tokens.delete(body.token);
  log('POST /oauth/revoke -> 200');
  send(res, 200, {});
}

// --- For tests: a signed-in app, seen from outside it --------------------------------------------
// A signed-in app with profile_endpoint = /api/user asks for the person's name, once per session
// reached (a sign-in or a restore). GET /demo/profiles-served?at-least=N&wait=S answers 200 as
// soon as N names have been given out since the server started, or 408 after S seconds (at most
// 120); either way with { served }.

let profilesServed = 0;
const profileWaiters = new Set();

function handleProfilesServed(url, res) {
  const atLeast = Number(url.searchParams.get('at-least') || 1);
  const waitSeconds = Math.min(120, Number(url.searchParams.get('wait') || 0));
  if (!Number.isInteger(atLeast) || !(waitSeconds >= 0)) return send(res, 400, { message: 'at-least: a whole number; wait: seconds' });
  const answer = () => {
    if (profilesServed < atLeast) return false;
    send(res, 200, { served: profilesServed });
    return true;
  };
  if (answer()) return;
  const waiter = () => { if (answer()) done(); };
  const timer = setTimeout(() => { done(); send(res, 408, { served: profilesServed }); }, waitSeconds * 1000);
  const done = () => { clearTimeout(timer); profileWaiters.delete(waiter); };
  profileWaiters.add(waiter);
  res.on('close', done);
}

function log(line) {
  if (!options.quiet) console.log(line);
}

function handleRequest(req, res) {
  const url = new URL(req.url, 'http://127.0.0.1');
  const route = `${req.method} ${url.pathname}`;
  let handler;
  if (route === 'POST /oauth/token') handler = handleToken;
  else if (route === 'GET /api/user') handler = handleUser;
  else if (route === 'POST /api/logout') handler = handleLogout;
  else if (route === 'POST /oauth/revoke') handler = handleRevoke;
  else if (route === 'POST /demo/revoke') {
    // For tests: the server forgets every token, as a revocation in Passport would.
    tokens.clear();
    return send(res, 200, { revoked: true });
  } else if (route === 'GET /demo/last-token-request') {
    return send(res, lastTokenRequest ? 200 : 404, lastTokenRequest || { message: 'No token request yet' });
  } else if (route === 'GET /demo/profiles-served') {
    return handleProfilesServed(url, res);
  } else return send(res, 404, { message: 'Not Found' });
  handler(req, res).catch((error) => {
    console.error(error);
    // Passport ≤ 7's answer to an unexpected failure.
    res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end('Error.');
  });
}

const server = options.tls
  ? https.createServer({ cert: fs.readFileSync(options.tls.cert), key: fs.readFileSync(options.tls.key) }, handleRequest)
  : http.createServer(handleRequest);

server.listen(options.port, options.host, () => {
  const host = net.isIPv6(options.host) ? `[${options.host}]` : options.host;
  const url = `${options.tls ? 'https' : 'http'}://${host}:${server.address().port}`;
  if (!options.quiet) {
    console.log(`DeskLogin demo server listening on ${url}`);
    console.log(`  client id ${CLIENT.id}, client secret ${CLIENT.secret}`);
    if (options.publicClient) console.log(`  public client id ${options.publicClient} (no secret)`);
    console.log(`  tokens last ${options.expiresIn} s; wrong passwords answered as ${options.dialect}`);
    console.log('  demo accounts (phone / password):');
    for (const u of USERS) console.log(`    ${u.phone} / ${u.password}`);
  }
  // Last, in one piece, and closed: whoever waits for it sees the whole line, after the above.
  if (options.urlFile) fs.writeFileSync(options.urlFile, `${url}\n`);
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
