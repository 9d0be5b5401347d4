namespace EduRelief.Contracts.Subsidies;

/// <summary>The aid programmes of the policy catalogue.</summary>
public enum ProgrammeCode
{
    /// <summary>生活补助 — living subsidy for poor compulsory-stage students.</summary>
    LivingSubsidy,

    /// <summary>营养改善计划 — school meals, in kind.</summary>
    NutritionImprovement,

    /// <summary>雨露计划 — grant to vocational students from registered poor households.</summary>
    RainDew,

    /// <summary>免学费 — tuition waiver, in kind.</summary>
    TuitionWaiver,

    /// <summary>免教科书费 — free textbooks, in kind.</summary>
    TextbookWaiver,

    /// <summary>中职国家助学金 — secondary vocational grant.</summary>
    SecondaryVocationalGrant,

    /// <summary>学前教育资助 — preschool aid.</summary>
    PreschoolAid,
}
