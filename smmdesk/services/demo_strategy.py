"""The demo's strategy: «Ромашка» in the fourth quarter of 2026, linked to its autumn campaign, its
contest and its review campaign — goals with KPIs that follow the campaign's real figures, the
contest's participants, the reviews left and the buyers' NPS, and the community's followers typed
in; tasks over six people with a designer short in the busy weeks; agreements; checkpoints passed
and failed; the client's approval and a re-plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from smmdesk.domain.strategy.control import ChecklistBar, JudgementBar, KpiBar, Result
from smmdesk.domain.strategy.kpis import FigureLink
from smmdesk.domain.strategy.plan import Raci
from smmdesk.storage.database import Database

START, END = dt.date(2026, 10, 1), dt.date(2026, 12, 31)
CHECKED_ON = dt.date(2026, 11, 25)
PEOPLE = (  # name, kind, role, hours a week, hourly rate
    ("Ирина Лебедева", "employee", "smm_manager", 40, 1200),
    ("Светлана Ким", "employee", "designer", 20, 1500),
    ("Никита Орлов", "employee", "copywriter", 30, 900),
    ("Павел Громов", "contractor", "targetologist", 15, 2500),
    ("Дарья Волкова", "freelancer", "video_maker", 10, 2000),
)
TASKS = (  # title, role, first day, days, hours, goal (index), initiative (index)
    ("Контент-план на октябрь", "smm_manager", dt.date(2026, 10, 1), 5, 16, 0, 2),
    ("Баннеры осенней распродажи", "designer", dt.date(2026, 10, 5), 5, 60, 1, 0),
    ("Тексты для блогеров", "copywriter", dt.date(2026, 10, 5), 5, 20, 1, 0),
    ("Запуск таргета на распродажу", "targetologist", dt.date(2026, 10, 12), 10, 30, 0, 0),
    ("Ролики для сторис", "video_maker", dt.date(2026, 10, 19), 5, 24, 1, 0),
    ("Контент-план на ноябрь", "smm_manager", dt.date(2026, 10, 26), 5, 16, 0, 2),
    ("Механика и правила розыгрыша", "smm_manager", dt.date(2026, 10, 26), 5, 12, 2, 1),
    ("Макеты розыгрыша", "designer", dt.date(2026, 10, 27), 4, 40, 2, 1),
    ("Модерация комментариев розыгрыша", "community_manager", dt.date(2026, 11, 2), 12, 36, 2, 1),
    ("Отчёт по распродаже", "analyst", dt.date(2026, 11, 23), 5, 16, 0, 0),
    ("Контент-план на декабрь", "smm_manager", dt.date(2026, 11, 23), 5, 16, 0, 2),
    ("Новогодние обложки и шаблоны", "designer", dt.date(2026, 11, 30), 5, 70, 1, 2),
    ("Новогодние тексты", "copywriter", dt.date(2026, 12, 7), 5, 24, 1, 2),
    ("Итоги квартала для клиента", "analyst", dt.date(2026, 12, 21), 5, 12, 0, None),
)


def add_strategy(
    db: Database, client_id: int, campaign_id: int, contest_id: int, review_campaign_id: int | None = None
) -> int:
    """Returns the strategy's id."""
    from smmdesk.services import strategy as st
    from smmdesk.services import strategy_control as ctl
    from smmdesk.services import strategy_items as items

    with db.transaction() as s:
        sid = st.create_strategy(
            s, "Рост продаж «Ромашки» — IV квартал 2026", START, END, client_id=client_id
        )
        v = st.latest_version(s, sid)
        owner = "Ирина Лебедева"
        sales = items.add(s, v, "goal", title="Продажи в интернет-магазине", kind="sales", owner=owner,
                          start=START, end=END, weight=D(2))  # fmt: skip
        reach = items.add(s, v, "goal", title="Охват и узнаваемость", kind="awareness", owner=owner,
                          start=START, end=END, parent_id=sales)  # fmt: skip
        engage = items.add(s, v, "goal", title="Вовлечённость сообщества", kind="engagement", owner=owner,
                           start=START, end=END, parent_id=sales)  # fmt: skip
        goals = (sales, reach, engage)
        kpi_reach = items.add(s, v, "kpi", goal_id=reach, metric="Охват кампании", unit="чел.", baseline=D(0),
                              target=D(450_000), start=START, due=dt.date(2026, 11, 22),
                              link=FigureLink("campaign.reach", campaign_id))  # fmt: skip
        items.add(s, v, "kpi", goal_id=sales, metric="Продажи по промокодам", unit="шт.", baseline=D(0),
                  target=D(280), start=START, due=dt.date(2026, 11, 22),
                  link=FigureLink("campaign.sales", campaign_id))  # fmt: skip
        items.add(s, v, "kpi", goal_id=engage, metric="Участники розыгрыша", unit="чел.", baseline=D(0),
                  target=D(1000), start=dt.date(2026, 11, 2), due=dt.date(2026, 11, 18),
                  link=FigureLink("contest.participants", contest_id))  # fmt: skip
        kpi_reviews = None
        if review_campaign_id is not None:
            kpi_reviews = items.add(s, v, "kpi", goal_id=sales, metric="Отзывы покупателей", unit="шт.",
                                    baseline=D(0), target=D(25), start=dt.date(2026, 11, 20),
                                    due=dt.date(2026, 12, 15),
                                    link=FigureLink("reviews.reviews", review_campaign_id))  # fmt: skip
            items.add(s, v, "kpi", goal_id=sales, metric="NPS покупателей", unit="", baseline=D(20),
                      target=D(50), start=dt.date(2026, 11, 20), due=END,
                      link=FigureLink("reviews.nps", review_campaign_id))  # fmt: skip
        followers = items.add(s, v, "kpi", goal_id=engage, metric="Подписчики сообщества", unit="чел.",
                              baseline=D(12_000), target=D(20_000), start=START, due=END)  # fmt: skip
        initiatives = (
            items.add(s, v, "initiative", title="Осенняя распродажа", kind="campaign", record_id=campaign_id,
                      goal_id=sales),
            items.add(s, v, "initiative", title="Осенний розыгрыш", kind="contest", record_id=contest_id,
                      goal_id=engage),
            items.add(s, v, "initiative", title="Рубрика «Уход осенью»", kind="content_pillar",
                      goal_id=engage),
        )  # fmt: skip
        if review_campaign_id is not None:
            items.add(s, v, "initiative", title="Отзывы покупателей ноября", kind="review_campaign",
                      record_id=review_campaign_id, goal_id=sales)  # fmt: skip
        people = [
            items.add(s, v, "executor", name=name, kind=kind, role=role, weekly_hours=D(hours),
                      hourly_rate=D(rate))
            for name, kind, role, hours, rate in PEOPLE
        ]  # fmt: skip
        blogger = items.add(s, v, "executor", name="Блогер @anna.style", kind="blogger", role="content_maker",
                            weekly_hours=D(0), influencer_id=1)  # fmt: skip
        lead = people[0]
        by_role = {role: key for (_, _, role, _, _), key in zip(PEOPLE, people, strict=True)}
        for title, role, first, days, hours, goal, initiative in TASKS:
            doer = by_role.get(role)
            due = first + dt.timedelta(days=days - 1)
            items.add(s, v, "task", title=title, role=role, start=first, due=due,
                      effort=D(hours), goal_id=goals[goal],
                      initiative_id=None if initiative is None else initiatives[initiative],
                      acceptance="Согласовано с клиентом в переписке",
                      raci=Raci(responsible=(doer,) if doer else (), accountable=(lead,),
                                informed=(people[2],)))  # fmt: skip
        half = items.add(s, v, "checkpoint", title="Половина охвата к концу октября",
                         day=dt.date(2026, 10, 31),
                         bar=KpiBar(kpi_reach, D(200_000)), goal_id=reach)  # fmt: skip
        launch = items.add(s, v, "checkpoint", title="Розыгрыш запущен", day=dt.date(2026, 11, 2),
                           bar=ChecklistBar(("Правила опубликованы", "Макеты согласованы",
                                             "Модератор назначен")))  # fmt: skip
        items.add(s, v, "checkpoint", title="Подписчики к 20 ноября", day=dt.date(2026, 11, 20),
                  bar=KpiBar(followers, D(18_000)), goal_id=engage)  # fmt: skip
        items.add(s, v, "checkpoint", title="Тон ответов в комментариях", day=dt.date(2026, 11, 19),
                  bar=JudgementBar("Отвечаем ли мы в тоне бренда и в пределах часа?"))  # fmt: skip
        if kpi_reviews is not None:
            items.add(s, v, "checkpoint", title="10 отзывов к 24 ноября", day=dt.date(2026, 11, 24),
                      bar=KpiBar(kpi_reviews, D(10)), goal_id=sales)  # fmt: skip
        items.add(s, v, "checkpoint", title="Итоги квартала", day=dt.date(2026, 12, 28),
                  bar=KpiBar(followers, D(20_000)), goal_id=engage)  # fmt: skip
        items.add(s, v, "agreement", executor_id=people[0], kind="monthly", amount=D(120_000), start=START,
                  end=END, pay_day=5)  # fmt: skip
        items.add(s, v, "agreement", executor_id=people[1], kind="hourly", amount=D(1500), quantity=D(170),
                  start=dt.date(2026, 12, 31))  # fmt: skip
        items.add(s, v, "agreement", executor_id=people[2], kind="per_piece", amount=D(2500), quantity=D(24),
                  start=dt.date(2026, 12, 31))  # fmt: skip
        items.add(s, v, "agreement", executor_id=people[3], kind="kpi_bonus", amount=D(30_000),
                  start=dt.date(2026, 11, 5), kpi_id=kpi_reach, threshold=D(200_000),
                  checkpoint_id=half)  # fmt: skip
        items.add(s, v, "agreement", executor_id=people[4], kind="per_piece", amount=D(6000), quantity=D(4),
                  start=dt.date(2026, 10, 23))  # fmt: skip
        items.add(s, v, "agreement", executor_id=blogger, kind="barter", amount=D(8000),
                  start=dt.date(2026, 11, 1),
                  description="Набор осенней косметики за обзор в сторис")  # fmt: skip
        items.add(s, v, "agreement", executor_id=people[2], kind="non_monetary", amount=D(0),
                  start=dt.date(2026, 12, 31),
                  description="Выступление на конференции от агентства")  # fmt: skip
        for day, value in (
            (dt.date(2026, 10, 1), 12_000),
            (dt.date(2026, 10, 15), 12_900),
            (dt.date(2026, 11, 1), 13_800),
            (dt.date(2026, 11, 18), 14_600),
        ):
            ctl.add_check_in(s, sid, followers, day, D(value), "статистика сообщества ВКонтакте")  # fmt: skip
        ctl.set_ticks(s, sid, launch, frozenset({0, 1, 2}))
    with db.transaction() as s:
        st.approve(s, v, "Мария Соколова, ООО «Ромашка»", dt.date(2026, 10, 2), "Согласовано по почте")
    with db.transaction() as s:
        ctl.check(s, sid, CHECKED_ON)
        tone = next(c for c in items.items(s, v, "checkpoint") if c.title.startswith("Тон"))
        ctl.record_verdict(s, sid, tone.id, Result.PASSED, dt.date(2026, 11, 19),
                           "Выгрузка ответов за неделю: медиана 34 минуты", "Продолжаем")  # fmt: skip
        failed = next(c for c in items.items(s, v, "checkpoint") if c.title.startswith("Подписчики"))
        ctl.record_decision(s, sid, failed.id, "Перепланировать: добавить ролики и посевы")
        ctl.record_payment(s, sid, 1, dt.date(2026, 11, 5), D(120_000), "октябрь")
    with db.transaction() as s:
        second = st.new_version(s, sid, "Подписчики отстают от плана: добавлены ролики и посевы")
        items.add(s, second, "task", title="Серия роликов «Уход осенью»", role="video_maker",
                  start=dt.date(2026, 11, 30), due=dt.date(2026, 12, 11), effort=D(40), goal_id=engage,
                  initiative_id=initiatives[2], raci=Raci((people[4],), (lead,)))  # fmt: skip
        items.update(s, second, "kpi", followers, {"target": D(18_000)})
    return sid
