using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Domain;

namespace EduRelief.Modules.Subsidies.Features.Shared;

/// <summary>
/// What a change to a batch holds until its transaction ends, so two requests on any Hosts take turns: one batch's
/// lines, and a programme's yearly budget (every approval of that programme and year is checked against it).
/// </summary>
internal static class BatchLocks
{
    public static string Of(Batch batch) => $"subsidies:batch:{batch.Id}";

    public static string Budget(ProgrammeCode programme, int year) => $"subsidies:budget:{programme}:{year}";
}
