using EduRelief.Modules.Registry.Domain;
using EduRelief.Modules.Registry.Features.Shared;

namespace EduRelief.Modules.Registry.Features.ImportRoster;

/// <summary>What a re-imported row is compared with: the roster's columns as the registry holds them now.</summary>
internal sealed record ExistingStudent(
    Guid Id,
    string Name,
    Guid SchoolId,
    int Grade,
    bool Boarding,
    string? HouseholdId,
    int CategoryMask,
    bool LeftBehind,
    int? DisabilityCategory,
    int? DisabilityGrade,
    Guardian? Guardian,
    PaymentAccount? Account)
{
    /// <summary>True when every column the file has already holds the row's value.</summary>
    public bool Matches(ValidStudent row, Guid schoolId, RosterHeader header) =>
        Name == row.Name
        && SchoolId == schoolId
        && Grade == row.Grade
        && (!header.Has(RosterColumn.Boarding) || Boarding == row.Boarding)
        && (!header.Has(RosterColumn.HouseholdId) || HouseholdId == row.HouseholdId)
        && (!header.Has(RosterColumn.Categories) || CategoryMask == row.CategoryMask)
        && (!header.Has(RosterColumn.LeftBehind) || LeftBehind == row.LeftBehind)
        && (!header.Has(RosterColumn.DisabilityCategory)
            || (DisabilityCategory == (int?)row.DisabilityCategory && DisabilityGrade == row.DisabilityGrade))
        && (!header.HasGuardian || Guardian == row.Guardian)
        && (!header.HasAccount || Account == row.Account);
}
