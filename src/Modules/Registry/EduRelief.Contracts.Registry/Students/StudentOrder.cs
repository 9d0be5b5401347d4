namespace EduRelief.Contracts.Registry;

/// <summary>
/// How a student list is ordered. <see cref="ListOrder"/>, the default, is the registry's random per-student order:
/// no order by national ID or birth date is offered, since it would place a masked child's birth date (ADR 10).
/// Every other order breaks its ties by the list order.
/// </summary>
public enum StudentOrder
{
    ListOrder,
    Name,
    School,
    Grade,
}
