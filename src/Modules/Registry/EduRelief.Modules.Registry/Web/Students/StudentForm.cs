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
        EnrolledOn = EnrolledOn,
    };

    /// <summary>Only what the user changed from the student as read, with the version it was read at.</summary>
    public UpdateStudentCommand ToUpdate(StudentDto read)
    {
        var was = From(read);
        var categoriesChanged = !Categories.Order(StringComparer.Ordinal).SequenceEqual(was.Categories.Order(StringComparer.Ordinal));
        var disabilityChanged = Blank(DisabilityCategory) != was.DisabilityCategory || DisabilityGrade != was.DisabilityGrade;
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
            Status = Status != was.Status ? Status : null,
            EffectiveOn = EffectiveOn,
        };
    }

    /// <summary>The disability as the PATCH body carries it: an object, or null to remove it.</summary>
    private JsonElement Disability() =>
        string.IsNullOrEmpty(DisabilityCategory) && DisabilityGrade is null
            ? JsonSerializer.SerializeToElement<object?>(null)
            : JsonSerializer.SerializeToElement(new Dictionary<string, object?> { ["category"] = Blank(DisabilityCategory), ["grade"] = DisabilityGrade });

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
