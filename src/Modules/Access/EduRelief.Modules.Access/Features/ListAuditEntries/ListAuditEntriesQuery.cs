using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.Access.Features.ListAuditEntries;

/// <summary>The audit log, newest first, filtered by user, module, record and date (the county's days, inclusive).</summary>
internal sealed record ListAuditEntriesQuery : IQuery<PagedResult<AuditEntryResponse>>
{
    public string? User { get; init; }

    public string? Module { get; init; }

    public string? Record { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = PageRequest.DefaultPageSize;
}
