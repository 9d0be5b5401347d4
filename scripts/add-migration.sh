#!/usr/bin/env bash
# Adds an EF Core migration to one module, once per engine (each has its own migrations set, as EF Core documents
# for multiple providers), and keeps the generated classes internal (only a module's <M>Module class is public;
# the architecture tests check it). Generating a migration needs no database server.
# Usage: scripts/add-migration.sh Registry AddSomething
set -euo pipefail
module="$1"; name="$2"
root="$(cd "$(dirname "$0")/.." && pwd)"
project="$root/src/Modules/$module/EduRelief.Modules.$module"
dotnet tool restore >/dev/null
for engine in Sqlite PostgreSql; do
  (cd "$project" && dotnet ef migrations add "$name" --context "${engine}${module}DbContext" --output-dir "Data/Migrations/$engine" --namespace "EduRelief.Modules.$module.Data.Migrations.$engine")
  # A module's first migration: EF Core places the model snapshot by its namespace (under EduRelief/Modules/...), not
  # beside the migrations it describes; move it there.
  find "$project" -name "${engine}${module}DbContextModelSnapshot.cs" -not -path "$project/Data/Migrations/$engine/*" -not -path "*/obj/*" -not -path "*/bin/*" \
    -exec mv {} "$project/Data/Migrations/$engine/" \;
  sed -i 's/^    public partial class /    internal partial class /' "$project/Data/Migrations/$engine"/*.cs
done
[ -d "$project/EduRelief" ] && find "$project/EduRelief" -depth -type d -empty -delete
exit 0
