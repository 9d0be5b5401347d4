namespace EduRelief.Modules.SchoolConstruction.Domain;

internal enum FundingSource
{
    Central,
    Provincial,
    County,
    Other,
}
