namespace EduRelief.Modules.SchoolConstruction.Domain;

/// <summary>What a school has as of a day: classrooms, of them multimedia (班班通), labs, library volumes, online classrooms (在线课堂).</summary>
internal sealed record EquipmentCounts(int Classrooms, int MultimediaClassrooms, int Labs, int LibraryVolumes, int OnlineClassrooms);
