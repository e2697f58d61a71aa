# Installs what the scripts need on first use, or stops with one line saying how to get it.
# Sourced by the scripts beside this folder; every function exits the script on failure.

# The apt-get command to suggest or run for Debian packages.
apt_install_hint() {
  echo "sudo apt-get install -y $*"
}

# require_debian_packages CHECK PACKAGE...: when the shell test CHECK fails, installs the
# packages with apt-get as root, else stops with one line.
require_debian_packages() {
  local check=$1
  shift
  if eval "$check" >/dev/null 2>&1; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing Debian packages $*: run '$(apt_install_hint "$@")'" >&2
    exit 1
  fi
  echo "installing Debian packages: $*"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -qq "$@" >/dev/null 2>&1; then
    apt-get update -qq >/dev/null
    apt-get install -y -qq "$@" >/dev/null
  fi
  if ! eval "$check" >/dev/null 2>&1; then
    echo "Debian packages $* installed but '$check' still fails" >&2
    exit 1
  fi
}

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "missing the .NET 10 SDK: install it from https://dotnet.microsoft.com/download/dotnet/10.0" >&2
    exit 1
  fi
}

require_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "missing Node.js 20+ and npm: run '$(apt_install_hint nodejs npm)'" >&2
    exit 1
  fi
}

# require_npm_packages DIR: npm ci in DIR when its node_modules is missing or older than its lock file.
require_npm_packages() {
  local dir=$1
  if [ -d "$dir/node_modules" ] && [ "$dir/node_modules" -nt "$dir/package-lock.json" ]; then
    return 0
  fi
  echo "installing npm packages in ${dir#"$ROOT"/}"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  touch "$dir/node_modules"
}
