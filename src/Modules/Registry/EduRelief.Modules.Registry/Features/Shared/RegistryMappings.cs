using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Domain;

namespace EduRelief.Modules.Registry.Features.Shared;

internal static class RegistryMappings
{
    public static TownshipDto ToDto(this Township township) =>
        new() { Id = township.Id, Code = township.Code, Name = township.Name };

    public static SchoolDto ToDto(this School school, string townshipCode) => new()
    {
        Id = school.Id,
        Code = school.Code,
        Name = school.Name,
        TownshipCode = townshipCode,
        Stage = school.Stage,
        Location = school.Location,
        Classrooms = school.Classrooms,
    };

    /// <summary>Needs the student's school and the school's township loaded.</summary>
    public static StudentDto ToDto(this Student student) => new()
    {
        Id = student.Id,
        NationalId = student.NationalId,
        Name = student.Name,
        BirthDate = student.BirthDate,
        Sex = student.Sex,
        SchoolCode = student.School!.Code,
        TownshipCode = student.School.Township!.Code,
        Stage = student.School.Stage,
        SchoolLocation = student.School.Location,
        Grade = student.Grade,
        Boarding = student.Boarding,
        HouseholdId = student.HouseholdId,
        Categories = student.Categories,
        LeftBehind = student.LeftBehind,
        Disability = student.DisabilityCategory is { } category
            ? new DisabilityDto { Category = category, Grade = student.DisabilityGrade ?? 0 }
            : null,
        Guardian = student.Guardian is { } guardian
            ? new GuardianDto { Name = guardian.Name, Relation = guardian.Relation, NationalId = guardian.NationalId, Phone = guardian.Phone }
            : null,
        Account = student.Account is { } account ? new PaymentAccountDto { Holder = account.Holder, Bank = account.Bank, Number = account.Number } : null,
        Status = student.Status,
        EnrolledOn = student.EnrolledOn,
        Version = student.Version,
    };
}
