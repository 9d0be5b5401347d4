using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Domain;
using EduRelief.SharedKernel.Primitives;

namespace EduRelief.Modules.Registry.Features.Shared;

/// <summary>A student whose every field has passed the checks; the school code is not yet resolved.</summary>
internal sealed record ValidStudent(
    NationalId NationalId,
    string Name,
    string SchoolCode,
    int Grade,
    bool Boarding,
    string? HouseholdId,
    int CategoryMask,
    bool LeftBehind,
    DisabilityCategory? DisabilityCategory,
    int? DisabilityGrade,
    DateOnly EnrolledOn,
    Guardian? Guardian = null,
    PaymentAccount? Account = null);
