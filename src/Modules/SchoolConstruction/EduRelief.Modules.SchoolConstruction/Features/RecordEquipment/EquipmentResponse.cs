using EduRelief.Modules.SchoolConstruction.Domain;

namespace EduRelief.Modules.SchoolConstruction.Features.RecordEquipment;

internal sealed record EquipmentResponse(
    string SchoolCode, DateOnly AsOf, int Classrooms, int MultimediaClassrooms, int Labs, int LibraryVolumes, int OnlineClassrooms, string RecordedBy)
{
    public static EquipmentResponse Of(EquipmentRecord e) =>
        new(e.SchoolCode, e.AsOf, e.Classrooms, e.MultimediaClassrooms, e.Labs, e.LibraryVolumes, e.OnlineClassrooms, e.RecordedBy);
}
