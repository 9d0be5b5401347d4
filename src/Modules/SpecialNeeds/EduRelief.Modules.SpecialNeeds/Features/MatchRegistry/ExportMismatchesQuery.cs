using EduRelief.BuildingBlocks.Export;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.SpecialNeeds.Features.MatchRegistry;

/// <summary>Every child of the match's follow-up list of one kind or all (its page ignored), written to <see cref="Writer"/>; answers the row count.</summary>
internal sealed record ExportMismatchesQuery(ListMismatchesQuery Filter, ITableWriter Writer) : IQuery<long>, IAudited
{
    public string AuditRecords => $"register/Registry mismatches export: kind={Filter.Kind}";
}
