#!/usr/bin/env bash
# Adds an EF Core migration to one module and keeps the generated classes internal
# (only a module's <M>Module class is public; the architecture tests check it).
# Usage: scripts/add-migration.sh Registry AddSomething
set -euo pipefail
module="$1"; name="$2"
root="$(cd "$(dirname "$0")/.." && pwd)"
project="$root/src/Modules/$module/EduRelief.Modules.$module"
dotnet tool restore >/dev/null
(cd "$project" && dotnet ef migrations add "$name" --output-dir Data/Migrations)
sed -i 's/^    public partial class /    internal partial class /' "$project"/Data/Migrations/*.cs
