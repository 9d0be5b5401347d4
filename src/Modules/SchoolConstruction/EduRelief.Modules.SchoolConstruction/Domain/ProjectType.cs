namespace EduRelief.Modules.SchoolConstruction.Domain;

internal enum ProjectType
{
    NewBuild,
    Expansion,
    Renovation,
    DangerousBuildingRemoval,
    Equipment,
}
