namespace EduRelief.Modules.Vocational.Domain;

/// <summary>A skills-training course for adults of poor households (志智双扶), held in a township.</summary>
internal sealed class AdultCourse
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string TownshipCode { get; init; }

    public required string Trade { get; init; }

    public DateOnly StartsOn { get; init; }

    public DateOnly EndsOn { get; init; }

    public AdultTrainee Admit(Guid id, string nationalId, string name, string? certificate, DateOnly today)
    {
        if (certificate is not null && EndsOn > today)
        {
            throw Refusals.Invalid("certificate", VocationalText.CourseNotOver(Code, EndsOn));
        }

        return AdultTrainee.On(this, id, nationalId, name, certificate);
    }
}
