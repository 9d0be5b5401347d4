namespace EduRelief.Modules.Registry.Domain;

internal enum HouseholdStatus
{
    Active,
    Exited,
}
