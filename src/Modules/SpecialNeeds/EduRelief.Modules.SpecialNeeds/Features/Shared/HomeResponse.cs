using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.SpecialNeeds.Features.Shared;

/// <summary>A left-behind children home with its counsellors and children (national IDs as the caller may see them).</summary>
internal sealed record HomeResponse(
    Guid Id, string Code, string Name, string? SchoolCode, string? VillageCode, string TownshipCode, DateOnly OpenedOn,
    IReadOnlyList<string> Counsellors, IReadOnlyList<HomeChildResponse> Children)
{
    public static HomeResponse Of(ChildrenHome h, ICallerContext caller) => new(
        h.Id, h.Code, h.Name, h.SchoolCode, h.VillageCode, h.TownshipCode, h.OpenedOn,
        h.Counsellors.OrderBy(c => c.Id).Select(c => c.Name).ToList(),
        h.Children.OrderBy(c => c.Id).Select(c => new HomeChildResponse(c.StudentId, caller.Shown(c.NationalId), c.Name, c.SchoolCode, c.AttachedOn)).ToList());
}
