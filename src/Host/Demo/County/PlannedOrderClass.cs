namespace EduRelief.Host.Demo.County;

/// <summary>An order-based class (订单班): an employer who commits to hire its places.</summary>
internal sealed record PlannedOrderClass(string Code, string SpecialtyCode, string Employer, int Places, int Year);
