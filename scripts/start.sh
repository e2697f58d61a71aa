#!/usr/bin/env bash
# Starts the whole system: a private RabbitMQ node, the four services, the therapist's console
# and the operator dashboard, through the AppHost, which prints their addresses once everything
# is healthy. Installs Debian's rabbitmq-server on first use (as root).
# Ctrl+C stops everything. Arguments go to the AppHost (see --help).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=lib/prerequisites.sh
. "$ROOT/scripts/lib/prerequisites.sh"

require_dotnet
require_debian_packages "test -x /usr/lib/rabbitmq/bin/rabbitmq-server" rabbitmq-server

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec dotnet run --project "$ROOT/AppHost" -c Release -- "$@"
