namespace EduRelief.Host.Demo.County;

/// <summary>The vocational school's specialties, order-based classes and enrolments.</summary>
internal sealed record VocationalPlan(
    IReadOnlyList<(string Code, string Name)> Specialties, IReadOnlyList<PlannedOrderClass> OrderClasses, IReadOnlyList<PlannedEnrolment> Enrolments);
