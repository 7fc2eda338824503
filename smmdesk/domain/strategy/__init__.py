"""The SMM strategy: goals and KPIs, the plan and the people it takes, motivation, control, versions."""
