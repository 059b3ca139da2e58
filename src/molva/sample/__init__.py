"""Seeded synthetic Telegram Desktop exports about the September 2022 border queues.

`generate(out_dir)` writes chats whose reports follow a queue model, and the model's
hourly truth (`truth.json`), for `make demo`, tests and benchmarks. All invented.
"""

from molva.sample.generate import CHATS, generate, load_truth, planned_messages
from molva.sample.model import Model, TrueWait, true_wait

__all__ = ["CHATS", "Model", "TrueWait", "generate", "load_truth", "planned_messages", "true_wait"]
