using System.Text.Json.Serialization;
using EduRelief.Modules.TeacherSupport.Features.ListPairings;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.TeacherSupport.Features.PairSchools;

internal sealed record PairSchoolsCommand : ICommand<PairingResponse>, IAudited, IDatedCommand
{
    public string? UrbanSchoolCode { get; init; }

    public string? RuralSchoolCode { get; init; }

    public DateOnly? Since { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"pairing: school:{UrbanSchoolCode} with school:{RuralSchoolCode}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("since", Since)];
}
