using EduRelief.BuildingBlocks.Export;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Subsidies.Features.AidReferrals;

/// <summary>Every aid referral of a list filter (its page ignored), written to <see cref="Writer"/>; answers the row count.</summary>
internal sealed record ExportAidReferralsQuery(ListAidReferralsQuery Filter, ITableWriter Writer) : IQuery<long>, IAudited, INationalIdLookup<long>
{
    public string AuditRecords =>
        $"aid referrals export: townshipCode={Filter.TownshipCode}, schoolCode={Filter.SchoolCode}, nationalId={Filter.NationalId}, review={Filter.Review}";

    string? INationalIdLookup<long>.SoughtNationalId => Filter.NationalId;

    bool INationalIdLookup<long>.FoundAny(long response) => response > 0;
}
