using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Domain;
using EduRelief.SharedKernel.Primitives;

namespace EduRelief.Modules.Registry.Features.Shared;

/// <summary>A student as one flat SQL row without joins, for lists and streams of thousands; the school comes from <see cref="SchoolPlaces"/>.</summary>
internal sealed record StudentRow(
    Guid Id,
    long ListKey,
    string NationalId,
    string Name,
    DateOnly BirthDate,
    Sex Sex,
    Guid SchoolId,
    int Grade,
    bool Boarding,
    string? HouseholdId,
    int CategoryMask,
    bool LeftBehind,
    DisabilityCategory? DisabilityCategory,
    int? DisabilityGrade,
    StudentStatus Status,
    DateOnly EnrolledOn,
    int Version)
{
    public StudentDto ToDto(SchoolPlace school) => new()
    {
        Id = Id,
        NationalId = NationalId,
        Name = Name,
        BirthDate = BirthDate,
        Sex = Sex,
        SchoolCode = school.SchoolCode,
        TownshipCode = school.TownshipCode,
        Stage = school.Stage,
        SchoolLocation = school.Location,
        Grade = Grade,
        Boarding = Boarding,
        HouseholdId = HouseholdId,
        Categories = CategoryMasks.ToList(CategoryMask),
        LeftBehind = LeftBehind,
        Disability = DisabilityCategory is { } category ? new DisabilityDto { Category = category, Grade = DisabilityGrade ?? 0 } : null,
        Status = Status,
        EnrolledOn = EnrolledOn,
        Version = Version,
    };
}
