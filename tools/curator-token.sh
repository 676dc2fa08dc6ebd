#!/usr/bin/env bash
# Curate a local catalog without an identity provider.
#
#   tools/curator-token.sh keys                         make a signing key pair (once)
#   tools/curator-token.sh token [subject] [role] [hours]
#                                                       print a bearer token (role: curator or admin)
#
# The key pair lives outside the repository, in $CATALOG_KEY_DIR (default ~/.ml-catalog-keys);
# start the service with the settings `keys` prints. Needs bash and openssl.
set -euo pipefail

key_dir=${CATALOG_KEY_DIR:-"$HOME/.ml-catalog-keys"}
issuer=${MP_JWT_VERIFY_ISSUER:-ml-catalog-local}

base64url() {
    openssl base64 -A | tr '+/' '-_' | tr -d '='
}

make_keys() {
    mkdir -p "$key_dir"
    chmod 700 "$key_dir"
    if [ -f "$key_dir/private.pem" ]; then
        echo "A key pair already exists in $key_dir; delete it first to make a new one." >&2
    else
        openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$key_dir/private.pem" 2>/dev/null
        chmod 600 "$key_dir/private.pem"
        openssl pkey -in "$key_dir/private.pem" -pubout -out "$key_dir/public.pem"
    fi
    echo "Start the service with:"
    echo "  export MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:$key_dir/public.pem"
    echo "  export MP_JWT_VERIFY_ISSUER=$issuer"
}

mint_token() {
    local subject=${1:-${USER:-curator}} role=${2:-curator} hours=${3:-8}
    case "$role" in
        curator | admin) ;;
        *) echo "The role must be curator or admin." >&2; exit 2 ;;
    esac
    case "$subject" in
        '' | *[!A-Za-z0-9._@-]*) echo "The subject may hold letters, digits and . _ @ - only." >&2; exit 2 ;;
    esac
    case "$hours" in
        '' | *[!0-9]*) echo "Hours must be a whole number." >&2; exit 2 ;;
    esac
    if [ ! -f "$key_dir/private.pem" ]; then
        echo "No key pair in $key_dir; run '$0 keys' first." >&2
        exit 1
    fi
    local now header payload signature
    now=$(date +%s)
    header=$(printf '{"alg":"RS256","typ":"JWT"}' | base64url)
    payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":["%s"],"iat":%d,"exp":%d}' \
        "$issuer" "$subject" "$subject" "$role" "$now" "$((now + hours * 3600))" | base64url)
    signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key_dir/private.pem" | base64url)
    printf '%s.%s.%s\n' "$header" "$payload" "$signature"
}

case "${1:-}" in
    keys) make_keys ;;
    token) shift; mint_token "$@" ;;
    *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
