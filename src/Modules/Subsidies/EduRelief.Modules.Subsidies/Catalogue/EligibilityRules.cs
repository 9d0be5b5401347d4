using EduRelief.Contracts.Registry;
using EduRelief.Contracts.Subsidies;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.Subsidies.Catalogue;

/// <summary>Who each programme is for, asked of the registry as a query plus what the query cannot say; Rain-Dew asks Vocational instead (ADR 0025).</summary>
internal static class EligibilityRules
{
    private static readonly Stage[] Compulsory = [Stage.Primary, Stage.JuniorSecondary];

    public static StudentCriteria CriteriaFor(ProgrammeCode programme, DateRange period) => programme switch
    {
        ProgrammeCode.LivingSubsidy => Enrolled(Compulsory) with { HardshipActiveDuring = period },
        ProgrammeCode.NutritionImprovement => Enrolled(Compulsory),
        ProgrammeCode.TextbookWaiver => Enrolled(Compulsory),
        ProgrammeCode.SecondaryVocationalGrant => Enrolled([Stage.SecondaryVocational]) with { HardshipActiveDuring = period },
        ProgrammeCode.TuitionWaiver => Enrolled([Stage.SecondaryVocational]) with { HardshipActiveDuring = period },
        ProgrammeCode.PreschoolAid => Enrolled([Stage.Preschool]) with { HardshipActiveDuring = period },
        _ => throw new ArgumentOutOfRangeException(nameof(programme), programme, "no eligibility rule"),
    };

    /// <summary>Whether <see cref="CriteriaFor"/> alone says who the programme is for, so the Registry can count them.</summary>
    public static bool CriteriaSuffice(ProgrammeCode programme) => programme is not (ProgrammeCode.NutritionImprovement or ProgrammeCode.RainDew);

    /// <summary>School meals are for rural and remote schools only.</summary>
    public static bool Applies(ProgrammeCode programme, StudentDto student) =>
        programme != ProgrammeCode.NutritionImprovement || student.SchoolLocation is SchoolLocation.Rural or SchoolLocation.Remote;

    public static UserText Describe(ProgrammeCode programme) => programme switch
    {
        ProgrammeCode.LivingSubsidy => new("义务教育阶段家庭经济困难学生", "compulsory-stage student with a hardship category"),
        ProgrammeCode.NutritionImprovement => new("农村及偏远学校义务教育阶段学生", "compulsory-stage student of a rural or remote school"),
        ProgrammeCode.TextbookWaiver => new("义务教育阶段学生", "compulsory-stage student"),
        ProgrammeCode.RainDew => new("建档立卡贫困户家庭的中职学生", "secondary vocational student of a registered poor household"),
        ProgrammeCode.SecondaryVocationalGrant => new("家庭经济困难的中职学生", "secondary vocational student with a hardship category"),
        ProgrammeCode.TuitionWaiver => new("家庭经济困难的中职学生", "secondary vocational student with a hardship category"),
        ProgrammeCode.PreschoolAid => new("家庭经济困难的学前儿童", "preschool child with a hardship category"),
        _ => new(programme.ToString(), programme.ToString()),
    };

    private static StudentCriteria Enrolled(Stage[] stages) => new() { Stages = stages, Status = StudentStatus.Enrolled };
}
