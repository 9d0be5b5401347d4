namespace EduRelief.Modules.Subsidies.Domain;

/// <summary>Cash goes to the family's account through the bank; in-kind aid (meals, textbooks, tuition) is recorded, never paid as cash.</summary>
internal enum Delivery
{
    Cash,
    InKind,
}
