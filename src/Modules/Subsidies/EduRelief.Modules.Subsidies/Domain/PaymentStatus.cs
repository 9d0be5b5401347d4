namespace EduRelief.Modules.Subsidies.Domain;

internal enum PaymentStatus
{
    Reserved,
    Paid,
}
