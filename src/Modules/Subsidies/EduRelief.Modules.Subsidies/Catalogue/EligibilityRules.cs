using EduRelief.Contracts.Registry;
using EduRelief.Contracts.Subsidies;

namespace EduRelief.Modules.Subsidies.Catalogue;

/// <summary>Who each programme is for, asked of the registry as a query plus what the query cannot say.</summary>
internal static class EligibilityRules
{
    private static readonly Stage[] Compulsory = [Stage.Primary, Stage.JuniorSecondary];

    public static StudentCriteria CriteriaFor(ProgrammeCode programme, DateRange period) => programme switch
    {
        ProgrammeCode.LivingSubsidy => Enrolled(Compulsory) with { HardshipActiveDuring = period },
        ProgrammeCode.NutritionImprovement => Enrolled(Compulsory),
        ProgrammeCode.TextbookWaiver => Enrolled(Compulsory),
        ProgrammeCode.RainDew => Enrolled([Stage.SecondaryVocational]) with { AnyCategory = [HardshipCategory.RegisteredPoorHousehold] },
        ProgrammeCode.SecondaryVocationalGrant => Enrolled([Stage.SecondaryVocational]) with { HardshipActiveDuring = period },
        ProgrammeCode.TuitionWaiver => Enrolled([Stage.SecondaryVocational]) with { HardshipActiveDuring = period },
        ProgrammeCode.PreschoolAid => Enrolled([Stage.Preschool]) with { HardshipActiveDuring = period },
        _ => throw new ArgumentOutOfRangeException(nameof(programme), programme, "no eligibility rule"),
    };

    /// <summary>School meals are for rural and remote schools only.</summary>
    public static bool Applies(ProgrammeCode programme, StudentDto student) =>
        programme != ProgrammeCode.NutritionImprovement || student.SchoolLocation is SchoolLocation.Rural or SchoolLocation.Remote;

    public static string Describe(ProgrammeCode programme) => programme switch
    {
        ProgrammeCode.LivingSubsidy => "compulsory-stage student with a hardship category",
        ProgrammeCode.NutritionImprovement => "compulsory-stage student of a rural or remote school",
        ProgrammeCode.TextbookWaiver => "compulsory-stage student",
        ProgrammeCode.RainDew => "secondary vocational student of a registered poor household",
        ProgrammeCode.SecondaryVocationalGrant => "secondary vocational student with a hardship category",
        ProgrammeCode.TuitionWaiver => "secondary vocational student with a hardship category",
        ProgrammeCode.PreschoolAid => "preschool child with a hardship category",
        _ => programme.ToString(),
    };

    private static StudentCriteria Enrolled(Stage[] stages) => new() { Stages = stages, Status = StudentStatus.Enrolled };
}
