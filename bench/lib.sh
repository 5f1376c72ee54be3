# Shared by the benchmark scripts: a key pair of the run's own for bearer tokens, trusted by the app the script
# starts, and an administrator's token signed with it (scripts/token). Call bench_keys DIR before starting the app.
bench_keys() {
  local dir=$1
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/jwt-private.pem" 2>/dev/null
  openssl pkey -in "$dir/jwt-private.pem" -pubout -out "$dir/jwt-public.pem"
  export PASHM_JWT_KEYS="$dir/jwt-public.pem" PASHM_JWT_PRIVATE_KEY="$dir/jwt-private.pem"
  # A benchmark is one client: lift the per-client write limit.
  export PASHM_WRITES_PER_MINUTE=1000000000
  BENCH_TOKEN=$(scripts/token bench-admin admin)
  BENCH_AUTH="Authorization: Bearer $BENCH_TOKEN"
  export BENCH_TOKEN BENCH_AUTH
}
