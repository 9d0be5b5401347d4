namespace EduRelief.Modules.SchoolConstruction.Domain;

/// <summary>What a school building is used for.</summary>
internal enum BuildingUse
{
    Teaching,
    Dormitory,
    Canteen,
    Office,
    Other,
}
