using System.Text.Json;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Features.RegisterStudent;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.Modules.Registry.Features.UpdateStudent;

namespace EduRelief.Modules.Registry.Web.Students;

/// <summary>What the student form holds; sent as the same commands the API's bodies become.</summary>
internal sealed class StudentForm
{
    public string? NationalId { get; set; }

    public string? Name { get; set; }

    public string? SchoolCode { get; set; }

    public int? Grade { get; set; }

    public bool Boarding { get; set; }

    public string? HouseholdId { get; set; }

    public string[] Categories { get; set; } = [];

    public bool LeftBehind { get; set; }

    public string? DisabilityCategory { get; set; }

    public int? DisabilityGrade { get; set; }

    public string? GuardianName { get; set; }

    public string? GuardianRelation { get; set; }

    public string? GuardianNationalId { get; set; }

    public string? GuardianPhone { get; set; }

    public string? AccountHolder { get; set; }

    public string? AccountBank { get; set; }

    public string? AccountNumber { get; set; }

    public string? Status { get; set; }

    public DateOnly? EnrolledOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public static StudentForm From(StudentDto student) => new()
    {
        NationalId = student.NationalId,
        Name = student.Name,
        SchoolCode = student.SchoolCode,
        Grade = student.Grade,
        Boarding = student.Boarding,
        HouseholdId = student.HouseholdId,
        Categories = student.Categories.Select(c => c.ToString()).ToArray(),
        LeftBehind = student.LeftBehind,
        DisabilityCategory = student.Disability?.Category.ToString(),
        DisabilityGrade = student.Disability?.Grade,
        GuardianName = student.Guardian?.Name,
        GuardianRelation = student.Guardian?.Relation,
        GuardianNationalId = student.Guardian?.NationalId,
        GuardianPhone = student.Guardian?.Phone,
        AccountHolder = student.Account?.Holder,
        AccountBank = student.Account?.Bank,
        AccountNumber = student.Account?.Number,
        Status = student.Status.ToString(),
        EnrolledOn = student.EnrolledOn,
    };

    public RegisterStudentCommand ToRegistration() => new()
    {
        NationalId = NationalId?.Trim(),
        Name = Name?.Trim(),
        SchoolCode = SchoolCode,
        Grade = Grade,
        Boarding = Boarding,
        HouseholdId = Blank(HouseholdId),
        Categories = Categories,
        LeftBehind = LeftBehind,
        Disability = string.IsNullOrEmpty(DisabilityCategory) && DisabilityGrade is null
            ? null
            : new DisabilityInput { Category = Blank(DisabilityCategory), Grade = DisabilityGrade },
        Guardian = HasGuardian ? new GuardianInput { Name = Blank(GuardianName), Relation = Blank(GuardianRelation), NationalId = Blank(GuardianNationalId), Phone = Blank(GuardianPhone) } : null,
        Account = HasAccount ? new AccountInput { Holder = Blank(AccountHolder), Bank = Blank(AccountBank), Number = Blank(AccountNumber) } : null,
        EnrolledOn = EnrolledOn,
    };

    private bool HasGuardian => new[] { GuardianName, GuardianRelation, GuardianNationalId, GuardianPhone }.Any(v => Blank(v) is not null);

    private bool HasAccount => new[] { AccountHolder, AccountBank, AccountNumber }.Any(v => Blank(v) is not null);

    /// <summary>Only what the user changed from the student as read, with the version it was read at.</summary>
    public UpdateStudentCommand ToUpdate(StudentDto read)
    {
        var was = From(read);
        var categoriesChanged = !Categories.Order(StringComparer.Ordinal).SequenceEqual(was.Categories.Order(StringComparer.Ordinal));
        var disabilityChanged = Blank(DisabilityCategory) != was.DisabilityCategory || DisabilityGrade != was.DisabilityGrade;
        var guardianChanged = Blank(GuardianName) != was.GuardianName || Blank(GuardianRelation) != was.GuardianRelation
            || Blank(GuardianNationalId) != was.GuardianNationalId || Blank(GuardianPhone) != was.GuardianPhone;
        var accountChanged = Blank(AccountHolder) != was.AccountHolder || Blank(AccountBank) != was.AccountBank || Blank(AccountNumber) != was.AccountNumber;
        return new UpdateStudentCommand
        {
            StudentId = read.Id,
            Version = read.Version,
            SchoolCode = SchoolCode != was.SchoolCode ? SchoolCode ?? "" : null,
            Grade = Grade != was.Grade ? Grade : null,
            Boarding = Boarding != was.Boarding ? Boarding : null,
            HouseholdId = Blank(HouseholdId) != was.HouseholdId ? HouseholdId?.Trim() ?? "" : null,
            Categories = categoriesChanged ? Categories : null,
            LeftBehind = LeftBehind != was.LeftBehind ? LeftBehind : null,
            Disability = disabilityChanged ? Disability() : default,
            Guardian = guardianChanged ? Part(HasGuardian, new() { ["name"] = Blank(GuardianName), ["relation"] = Blank(GuardianRelation), ["nationalId"] = Blank(GuardianNationalId), ["phone"] = Blank(GuardianPhone) }) : default,
            Account = accountChanged ? Part(HasAccount, new() { ["holder"] = Blank(AccountHolder), ["bank"] = Blank(AccountBank), ["number"] = Blank(AccountNumber) }) : default,
            Status = Status != was.Status ? Status : null,
            EffectiveOn = EffectiveOn,
        };
    }

    /// <summary>The disability as the PATCH body carries it: an object, or null to remove it.</summary>
    private JsonElement Disability() =>
        string.IsNullOrEmpty(DisabilityCategory) && DisabilityGrade is null
            ? JsonSerializer.SerializeToElement<object?>(null)
            : JsonSerializer.SerializeToElement(new Dictionary<string, object?> { ["category"] = Blank(DisabilityCategory), ["grade"] = DisabilityGrade });

    /// <summary>A guardian or account as the PATCH body carries it: an object, or null to remove it.</summary>
    private static JsonElement Part(bool given, Dictionary<string, object?> fields) =>
        JsonSerializer.SerializeToElement<object?>(given ? fields : null);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
