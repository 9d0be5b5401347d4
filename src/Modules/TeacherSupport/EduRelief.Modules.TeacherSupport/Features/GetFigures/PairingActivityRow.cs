using EduRelief.Modules.TeacherSupport.Domain;

namespace EduRelief.Modules.TeacherSupport.Features.GetFigures;

/// <summary>One activity of an urban–rural pairing.</summary>
internal sealed record PairingActivityRow
{
    public required long Id { get; init; }

    public required Guid PairingId { get; init; }

    public required string UrbanSchoolCode { get; init; }

    public required string RuralSchoolCode { get; init; }

    public required DateOnly On { get; init; }

    public required PairingActivityKind Kind { get; init; }

    public required string Title { get; init; }

    public required int Participants { get; init; }
}
