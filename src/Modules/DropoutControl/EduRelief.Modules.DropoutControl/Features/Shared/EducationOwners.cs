namespace EduRelief.Modules.DropoutControl.Features.Shared;

/// <summary>The education line's owners: the bureau, the school and the class teacher (教育局、学校、班主任).</summary>
internal sealed record EducationOwners
{
    public string? Bureau { get; init; }

    public string? School { get; init; }

    public string? ClassTeacher { get; init; }
}
