using EduRelief.Modules.TeacherSupport.Domain;

namespace EduRelief.Modules.TeacherSupport.Features.ListPairingActivities;

/// <summary>One activity of a pair: the record behind pairingActivities.</summary>
internal sealed record PairingActivityResponse(long Id, Guid PairingId, string UrbanSchoolCode, string RuralSchoolCode, DateOnly On, PairingActivityKind Kind, string Title, int Participants);
