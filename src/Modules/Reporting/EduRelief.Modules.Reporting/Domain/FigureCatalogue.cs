using EduRelief.SharedKernel.Localization;
using static EduRelief.Modules.Reporting.Domain.FigureKeys;

namespace EduRelief.Modules.Reporting.Domain;

/// <summary>Every figure of the work summary in the document's order (DOMAIN.md, Figures, for what each counts).</summary>
internal static class FigureCatalogue
{
    public static IReadOnlyList<FigureDefinition> All { get; } =
    [
        new(IdentifiedPoorStudents, ReportSection.Identification, new UserText("识别贫困家庭学生", "Identified poor-family students"), FigureUnit.Persons),
        new(IdentifiedPoorStudentsCompulsory, ReportSection.Identification, new UserText("其中义务教育阶段", "Of them, compulsory stage"), FigureUnit.Persons),
        new(ConstructionInvestment, ReportSection.SchoolConditions, new UserText("办学条件投入资金", "Construction investment"), FigureUnit.Yuan),
        new(SchoolsBuiltOrExpanded, ReportSection.SchoolConditions, new UserText("新建、改扩建学校", "Schools built or expanded"), FigureUnit.Schools),
        new(SeatsAdded, ReportSection.SchoolConditions, new UserText("新增学位", "Seats added"), FigureUnit.Seats),
        new(DGradeAreaRemaining, ReportSection.SchoolConditions, new UserText("剩余D级危房面积", "D-grade area remaining"), FigureUnit.SquareMetres),
        new(ClassroomMultimediaCoverage, ReportSection.SchoolConditions, new UserText("“班班通”覆盖率", "Classroom multimedia coverage"), FigureUnit.Fraction),
        new(PairingActivities, ReportSection.SchoolConditions, new UserText("结对帮扶交流、教研活动", "Pairing activities"), FigureUnit.Activities),
        new(AidDisbursed, ReportSection.Subsidies, new UserText("发放资助资金", "Aid disbursed"), FigureUnit.Yuan),
        new(AidPersonTimes, ReportSection.Subsidies, new UserText("受助学生", "Aid person-times"), FigureUnit.PersonTimes),
        new(LivingSubsidyCoverage, ReportSection.Subsidies, new UserText("义务教育阶段贫困家庭学生生活补助覆盖率", "Living-subsidy coverage"), FigureUnit.Fraction),
        new(RainDewPersonTimes, ReportSection.Subsidies, new UserText("“雨露计划”资助", "Rain-Dew person-times"), FigureUnit.PersonTimes),
        new(TeachersRecruited, ReportSection.Teachers, new UserText("招聘农村教师", "Rural teachers recruited"), FigureUnit.Persons),
        new(TrainingPersonTimes, ReportSection.Teachers, new UserText("培训教师", "Training person-times"), FigureUnit.PersonTimes),
        new(OnlineClassrooms, ReportSection.Teachers, new UserText("农村学校在线课堂", "Online classrooms"), FigureUnit.Classrooms),
        new(LeftBehindHomes, ReportSection.SpecialGroups, new UserText("“留守儿童之家”", "Left-behind children homes"), FigureUnit.Homes),
        new(DisabledEnrolmentRate, ReportSection.SpecialGroups, new UserText("残疾儿童义务教育入学率", "Disabled children's enrolment rate"), FigureUnit.Fraction),
        new(PersuadedReturns, ReportSection.DropoutControl, new UserText("劝返辍学学生", "Persuaded returns"), FigureUnit.Persons),
        new(ConsolidationRate, ReportSection.DropoutControl, new UserText("义务教育巩固率", "Consolidation rate"), FigureUnit.Fraction),
        new(OutreachMaterials, ReportSection.AspirationAndSkills, new UserText("发放政策宣传资料", "Outreach materials"), FigureUnit.Copies),
        new(VocationalEnrolments, ReportSection.Vocational, new UserText("职业教育招收贫困家庭学生", "Vocational enrolments"), FigureUnit.Persons),
        new(VocationalEmploymentRate, ReportSection.Vocational, new UserText("职业教育毕业生就业率", "Vocational employment rate"), FigureUnit.Fraction),
    ];

    public static FigureDefinition? Find(string key) => All.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));
}
