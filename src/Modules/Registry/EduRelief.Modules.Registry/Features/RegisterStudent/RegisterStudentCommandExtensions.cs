using EduRelief.Modules.Registry.Features.Shared;

namespace EduRelief.Modules.Registry.Features.RegisterStudent;

internal static class RegisterStudentCommandExtensions
{
    public static StudentFields ToFields(this RegisterStudentCommand command) => new()
    {
        NationalId = command.NationalId,
        Name = command.Name,
        SchoolCode = command.SchoolCode,
        Grade = command.Grade,
        Boarding = command.Boarding,
        HouseholdId = command.HouseholdId,
        Categories = command.Categories,
        LeftBehind = command.LeftBehind,
        DisabilityCategory = command.Disability?.Category,
        DisabilityGrade = command.Disability?.Grade,
        GuardianName = command.Guardian?.Name,
        GuardianRelation = command.Guardian?.Relation,
        GuardianNationalId = command.Guardian?.NationalId,
        GuardianPhone = command.Guardian?.Phone,
        AccountHolder = command.Account?.Holder,
        AccountBank = command.Account?.Bank,
        AccountNumber = command.Account?.Number,
        EnrolledOn = command.EnrolledOn,
        BirthDate = command.BirthDate,
    };
}
