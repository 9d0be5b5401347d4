namespace EduRelief.Modules.Subsidies.Domain;

internal enum BatchStatus
{
    Draft,
    Approved,
    Reconciled,
}
