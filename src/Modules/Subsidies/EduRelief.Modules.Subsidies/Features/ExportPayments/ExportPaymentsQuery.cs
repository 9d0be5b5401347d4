using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.Subsidies.Features.ListPayments;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Subsidies.Features.ExportPayments;

/// <summary>Every award of a payments filter (its page ignored), written to <see cref="Writer"/>; answers the row count.</summary>
internal sealed record ExportPaymentsQuery(ListPaymentsQuery Filter, ITableWriter Writer) : IQuery<long>, IAudited, INationalIdLookup<long>
{
    public string AuditRecords =>
        $"payments export: nationalId={Filter.NationalId}, programmeCode={Filter.ProgrammeCode}, term={Filter.Term}, year={Filter.Year}";

    string? INationalIdLookup<long>.SoughtNationalId => Filter.NationalId;

    bool INationalIdLookup<long>.FoundAny(long response) => response > 0;
}
