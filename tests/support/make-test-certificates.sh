#!/usr/bin/env bash
# Makes the certificates the TLS tests need, in the folder given: a test CA the tests trust, and
# server certificates for 127.0.0.1 that are valid, self-signed, expired, or for another host,
# and a self-signed one whose name holds a line break.
set -euo pipefail
out=$1
mkdir -p "$out" && cd "$out"
quiet() { "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; }
key() { quiet openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1"; }

key ca.key
quiet openssl req -x509 -new -key ca.key -days 3650 -subj "/CN=DeskLogin Test CA" -out ca.crt \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
key server.key
quiet openssl req -new -key server.key -subj "/CN=127.0.0.1" -out server.csr

# A tiny CA configuration, for signing with explicit dates (the expired certificate).
mkdir -p ca && : > ca/index.txt && echo 1000 > ca/serial
cat > ca.cnf <<'CNF'
[ca]
default_ca = test
[test]
dir = ./ca
database = $dir/index.txt
serial = $dir/serial
new_certs_dir = ./ca
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[any]
commonName = supplied
CNF
# (Qt also accepts a certificate whose common name matches the host, so the wrong-host one must
# name the other host in both places.)
quiet openssl req -new -key server.key -subj "/CN=other.example" -out other.csr
sign() { # name, SAN, start, end, [csr]
    printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$2" > "$1.ext"
    quiet openssl ca -batch -config ca.cnf -cert ca.crt -keyfile ca.key -in "${5:-server.csr}" \
        -out "$1.crt" -extfile "$1.ext" -startdate "$3" -enddate "$4" -notext
}
now=$(date -u +%Y%m%d%H%M%SZ)
sign valid "IP:127.0.0.1,DNS:localhost" "$(date -u -d '-1 day' +%Y%m%d%H%M%SZ)" "$(date -u -d '+1 year' +%Y%m%d%H%M%SZ)"
sign expired "IP:127.0.0.1,DNS:localhost" "$(date -u -d '-2 years' +%Y%m%d%H%M%SZ)" "$(date -u -d '-1 year' +%Y%m%d%H%M%SZ)"
sign wronghost "DNS:other.example" "$(date -u -d '-1 day' +%Y%m%d%H%M%SZ)" "$(date -u -d '+1 year' +%Y%m%d%H%M%SZ)" other.csr
quiet openssl req -x509 -new -key server.key -days 365 -subj "/CN=127.0.0.1" -out selfsigned.crt \
    -addext subjectAltName=IP:127.0.0.1,DNS:localhost
# Self-signed, with a line break in its name (openssl's configuration reads \r\n as the
# characters): an attacker's certificate may put anything in the issuer name the app reports.
printf '[req]\nprompt = no\ndistinguished_name = dn\n[dn]\nCN = Evil CA\\r\\nX-Injected: 1\n' \
    >forged.cnf
quiet openssl req -x509 -new -key server.key -days 365 -config forged.cnf -out forged-issuer.crt \
    -addext subjectAltName=IP:127.0.0.1,DNS:localhost
echo "$now" > made-at
