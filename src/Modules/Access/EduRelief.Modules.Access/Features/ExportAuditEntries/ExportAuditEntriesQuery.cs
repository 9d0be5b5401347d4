using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.Access.Features.ListAuditEntries;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Access.Features.ExportAuditEntries;

/// <summary>Every entry of an audit-log filter, newest first, written to <see cref="Writer"/>; answers the row count.</summary>
internal sealed record ExportAuditEntriesQuery(ListAuditEntriesQuery Filter, ITableWriter Writer) : IQuery<long>, IAudited
{
    public string AuditRecords =>
        $"audit log export: user={Filter.User}, module={Filter.Module}, record={Filter.Record}, from={Filter.From:yyyy-MM-dd}, to={Filter.To:yyyy-MM-dd}";
}
