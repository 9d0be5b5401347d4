using EduRelief.BuildingBlocks.Export;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Vocational.Features.DropoutReferrals;

/// <summary>Every vocational route of a list filter (its page ignored), written to <see cref="Writer"/>; answers the row count.</summary>
internal sealed record ExportRouteReferralsQuery(ListRouteReferralsQuery Filter, ITableWriter Writer) : IQuery<long>, IAudited, INationalIdLookup<long>
{
    public string AuditRecords =>
        $"vocational route referrals export: townshipCode={Filter.TownshipCode}, schoolCode={Filter.SchoolCode}, nationalId={Filter.NationalId}";

    string? INationalIdLookup<long>.SoughtNationalId => Filter.NationalId;

    bool INationalIdLookup<long>.FoundAny(long response) => response > 0;
}
