namespace EduRelief.Host.Demo.County;

/// <summary>A school's equipment as of a day: classrooms, those with 班班通, labs, library volumes, online classrooms (在线课堂).</summary>
internal sealed record PlannedEquipment(PlannedSchool School, DateOnly AsOf, int Classrooms, int MultimediaClassrooms, int Labs, int LibraryVolumes, int OnlineClassrooms);
