using EduRelief.Contracts.Registry;
using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Domain;

namespace EduRelief.Modules.Subsidies.Catalogue;

/// <summary>
/// The national default rates the catalogue starts with (per term = half the yearly standard). A county changes
/// them through <c>PUT /api/subsidies/programmes/{code}/rates</c>; the seed county pays Rain-Dew ¥3000 a term.
/// </summary>
internal static class DefaultCatalogue
{
    public static readonly DateOnly EffectiveFrom = new(2020, 1, 1);

    public static IEnumerable<Programme> Programmes()
    {
        yield return Programme(ProgrammeCode.LivingSubsidy, "生活补助 Living subsidy", Delivery.Cash,
            Line(Stage.Primary, true, 500m), Line(Stage.Primary, false, 250m), Line(Stage.JuniorSecondary, true, 625m), Line(Stage.JuniorSecondary, false, 312.50m));
        yield return Programme(ProgrammeCode.NutritionImprovement, "营养改善计划 School meals", Delivery.InKind,
            Meals(Stage.Primary), Meals(Stage.JuniorSecondary));
        yield return Programme(ProgrammeCode.RainDew, "雨露计划 Rain-Dew grant", Delivery.Cash, Line(Stage.SecondaryVocational, null, 3000m));
        yield return Programme(ProgrammeCode.SecondaryVocationalGrant, "中职国家助学金 Secondary vocational grant", Delivery.Cash, Line(Stage.SecondaryVocational, null, 1000m));
        yield return Programme(ProgrammeCode.TuitionWaiver, "免学费 Tuition waiver", Delivery.InKind, Line(Stage.SecondaryVocational, null, 1000m));
        yield return Programme(ProgrammeCode.TextbookWaiver, "免费教科书 Free textbooks", Delivery.InKind, Line(Stage.Primary, null, 45m), Line(Stage.JuniorSecondary, null, 60m));
        yield return Programme(ProgrammeCode.PreschoolAid, "学前教育资助 Preschool aid", Delivery.Cash, Line(Stage.Preschool, null, 500m));
    }

    private static Programme Programme(ProgrammeCode code, string name, Delivery delivery, params RateLine[] lines) => new()
    {
        Code = code,
        Name = name,
        Delivery = delivery,
        Rates = [new ProgrammeRate { Programme = code, EffectiveFrom = EffectiveFrom, SetBy = "national default", Lines = [.. lines] }],
    };

    private static RateLine Line(Stage stage, bool? boarding, decimal perTerm) => new() { Stage = stage, Boarding = boarding, AmountPerTerm = perTerm };

    private static RateLine Meals(Stage stage) => new() { Stage = stage, PerDay = 5m, SchoolDaysPerTerm = 100, AmountPerTerm = 500m };
}
