using EduRelief.Modules.Registry.Data;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.RefreshLedger;

/// <summary>
/// Rebuilds the head of every student file from its entries and history in one set-based statement. A summary
/// that is already right is not written, so a run with nothing new changes nothing and reports 0.
/// </summary>
internal sealed class StudentFileSummaryRebuilder(RegistryDbContext db)
{
    /// <summary>Returns how many summaries were written (new or changed).</summary>
    public Task<int> RebuildAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        // Standard SQL that SQLite (3.39+) and PostgreSQL both run: an upsert that skips rows already right.
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "StudentFileSummaries" ("StudentId", "EntryCount", "AidTotalFen", "LastEntryOn", "ChangeCount", "RefreshedAt")
            SELECT s."Id", COALESCE(e."EntryCount", 0), COALESCE(e."AidTotalFen", 0), e."LastEntryOn", COALESCE(c."ChangeCount", 0), {now}
            FROM "Students" s
            LEFT JOIN (SELECT "StudentId", COUNT(*) AS "EntryCount", SUM(COALESCE("AmountFen", 0)) AS "AidTotalFen", MAX("OccurredOn") AS "LastEntryOn"
                       FROM "StudentFileEntries" GROUP BY "StudentId") e ON e."StudentId" = s."Id"
            LEFT JOIN (SELECT "StudentId", COUNT(*) AS "ChangeCount" FROM "StudentChanges" GROUP BY "StudentId") c ON c."StudentId" = s."Id"
            WHERE TRUE
            ON CONFLICT ("StudentId") DO UPDATE SET
                "EntryCount" = excluded."EntryCount",
                "AidTotalFen" = excluded."AidTotalFen",
                "LastEntryOn" = excluded."LastEntryOn",
                "ChangeCount" = excluded."ChangeCount",
                "RefreshedAt" = excluded."RefreshedAt"
            WHERE "StudentFileSummaries"."EntryCount" IS DISTINCT FROM excluded."EntryCount"
               OR "StudentFileSummaries"."AidTotalFen" IS DISTINCT FROM excluded."AidTotalFen"
               OR "StudentFileSummaries"."LastEntryOn" IS DISTINCT FROM excluded."LastEntryOn"
               OR "StudentFileSummaries"."ChangeCount" IS DISTINCT FROM excluded."ChangeCount"
            """,
            cancellationToken);
}
