namespace EduRelief.Modules.SchoolConstruction.Domain;

/// <summary>班班通 coverage: equipped classrooms ÷ classrooms, as a fraction to four places; full when there are no classrooms to equip.</summary>
internal static class Coverage
{
    public static decimal Rate(int equipped, int classrooms) =>
        classrooms == 0 ? 1m : decimal.Round((decimal)equipped / classrooms, 4, MidpointRounding.AwayFromZero);
}
