"""The training notebook: the network (or the lecture's quadratic model) in PyTorch with the
app's weights, loss, optimizer rule, batch order and seed."""
import json
import math

import numpy as np

from engine import optimizers
from engine.data import split
from engine.spec import validate

from .notebook_cells import (_base64_npz, _language, _number, _optimizer_settings, _source, code_cell,
                             markdown_cell, new_notebook, NotebookError, OPTIMIZER_SETTINGS, TORCH_ACTIVATIONS)
from .notebook_data import _data_cells, describe_data, input_size_of, is_classification, normalise_data_source
from .notebook_texts import LOSS_NAMES, markdown_escape, rule, text, TITLES


# -- the training notebook ----------------------------------------------------------------------

DEFAULT_TRAINING = {"optimizer": "sgd", "lr": 0.1, "batch_size": 32, "epochs": 5, "seed": 0,
                    "validation_fraction": 0.0, "weight_decay": 0.0, "optimizer_settings": {}}


def normalise_training(settings):
    s = dict(DEFAULT_TRAINING)
    s.update({k: v for k, v in (settings or {}).items() if v is not None})
    s["optimizer_settings"] = _optimizer_settings(s.get("optimizer_settings") or {})
    for key in OPTIMIZER_SETTINGS:   # flat settings are accepted too
        if key in s:
            s["optimizer_settings"].setdefault(key, s.pop(key))
    s["optimizer_settings"] = _optimizer_settings(s["optimizer_settings"])
    if not isinstance(s["optimizer"], str):
        raise NotebookError("the optimizer must be named")
    try:
        s["optimizer_instance"] = optimizers.make(s["optimizer"], lr=float(s["lr"]), **s["optimizer_settings"])
    except (TypeError, ValueError) as exc:
        raise NotebookError(f"cannot use the optimizer {s['optimizer']!r}: {exc}") from None
    s["optimizer"] = s["optimizer_instance"].name
    if not (float(s["lr"]) > 0 and math.isfinite(float(s["lr"]))):
        raise NotebookError("the learning rate must be a positive number")
    for key in ("batch_size", "epochs", "seed"):
        s[key] = int(s[key])
    if s["batch_size"] < 1 or s["epochs"] < 0:
        raise NotebookError("the batch size must be at least 1 and the epochs not negative")
    if not 0 <= float(s["validation_fraction"]) < 1:
        raise NotebookError("the validation share must be at least 0 and below 1")
    return s


def optimizer_code(opt):
    """PyTorch's optimizer with the engine's rule and settings (see notebook_texts.RULES)."""
    lr = _number(opt.lr)
    if opt.name == "sgd":
        return f"optimizer = torch.optim.SGD(model.parameters(), lr={lr})"
    if opt.name in ("momentum", "nesterov"):
        nesterov = ", nesterov=True" if opt.name == "nesterov" else ""
        return f"optimizer = torch.optim.SGD(model.parameters(), lr={lr}, momentum={_number(opt.momentum)}{nesterov})"
    if opt.name == "adagrad":
        return f"optimizer = torch.optim.Adagrad(model.parameters(), lr={lr}, eps={opt.eps!r})   # the app's ε"
    if opt.name == "rmsprop":
        return (f"optimizer = torch.optim.RMSprop(model.parameters(), lr={lr}, alpha={_number(opt.decay)}, "
                f"eps={opt.eps!r})")
    if opt.name == "adam":
        return (f"optimizer = torch.optim.Adam(model.parameters(), lr={lr}, "
                f"betas=({_number(opt.beta1)}, {_number(opt.beta2)}), eps={opt.eps!r})")
    raise NotebookError(f"no PyTorch optimizer for {opt.name!r}")


def _rule_values(opt):
    return {k: f"{getattr(opt, k):g}" for k in ("momentum", "decay", "beta1", "beta2") if hasattr(opt, k)}


def _loss_code(spec, classify):
    """(markdown key, code defining targets() and batch_loss())."""
    last = spec["layers"][-1]["activation"]
    n_out = spec["layers"][-1]["units"]
    if classify and n_out == 1:
        targets = ("def targets(yb):\n    \"\"\"One output: the teacher signal is the label itself, 0 or 1.\"\"\"\n"
                   "    return yb.to(torch.float32).reshape(-1, 1)")
    elif classify:
        targets = ("def targets(yb):\n    \"\"\"Teacher signals shaped like the output: one-hot rows for class labels.\"\"\"\n"
                   "    return F.one_hot(yb, N_OUTPUTS).to(torch.float32)")
    else:
        targets = ("def targets(yb):\n    \"\"\"Teacher signals shaped like the output: (N, outputs).\"\"\"\n"
                   "    return yb.to(torch.float32).reshape(len(yb), -1)")
    fused = spec["loss"] == "cross_entropy" and last in ("softmax", "sigmoid")
    if fused and last == "softmax":
        key = "loss_softmax"
        if classify:
            body = ("    loss = F.cross_entropy(scores, yb)   # −1/N Σ log softmax(scores)[label]")
        else:
            body = ("    loss = -(targets(yb) * F.log_softmax(scores, dim=1)).sum() / len(xb)")
    elif fused:
        key = "loss_sigmoid"
        body = ("    loss = F.binary_cross_entropy_with_logits(scores, targets(yb), reduction=\"sum\") / len(xb)")
    elif spec["loss"] == "squared_error":
        key = "loss_squared"
        body = ("    # the lecture's loss: 1/N Σ_i 1/2 |y_i − ŷ_i|²\n"
                "    loss = 0.5 * ((output - targets(yb)) ** 2).sum() / len(xb)")
    else:
        key = "loss_plain_ce"
        body = ("    loss = -(targets(yb) * torch.log(output.clamp(min=1e-7))).sum() / len(xb)")
    if fused:
        head = ("    scores = model[:-1](xb)      # everything but the last activation\n"
                "    output = model[-1](scores)   # ŷ, as the network's output")
    else:
        head = "    output = model(xb)           # ŷ"
    uses_targets = "targets(yb)" in body
    code = (f"N_OUTPUTS = {n_out}\n\n\n" + (f"{targets}\n\n\n" if uses_targets else "") +
            "def batch_loss(xb, yb, weight_decay=WEIGHT_DECAY):\n"
            "    \"\"\"(loss, ŷ): the loss averaged over the batch, and the network's output.\"\"\"\n"
            f"{head}\n{body}\n"
            "    if weight_decay:   # λ/2 Σ_k |W_k|², the weights only (not the biases)\n"
            "        loss = loss + 0.5 * weight_decay * sum((layer.weight ** 2).sum() for layer in linear_layers)\n"
            "    return loss, output\n\n\n"
            "def correct_count(output, yb):\n"
            "    \"\"\"How many rows predict their label: argmax, or above 0.5 for one output.\"\"\"\n"
            "    if output.shape[1] == 1:\n"
            "        return int(((output[:, 0] > 0.5) == (yb == 1)).sum())\n"
            "    return int((output.argmax(dim=1) == yb).sum())")
    return key, code


WEIGHT_CODE = '''
def initial_weights(seed):
    """The app's starting weights: He (√(2/n_in)) before ReLU, Xavier (√(1/n_in)) otherwise; b = 0."""
    rng = np.random.default_rng(seed)
    params = {}
    for k, (n_in, n_out, activation) in enumerate(LAYERS, start=1):
        kind = INIT if INIT != "auto" else ("he" if activation == "relu" else "xavier")
        scale = np.sqrt((2.0 if kind == "he" else 1.0) / n_in)
        params[f"W{k}"] = (rng.standard_normal((n_in, n_out)) * scale).astype(np.float32)
        params[f"b{k}"] = np.zeros(n_out, dtype=np.float32)
    return params


def set_weights(model, params):
    """Copy the app's W1, b1, W2, ... into the PyTorch layers (y = x W + b, so A = Wᵀ)."""
    with torch.no_grad():
        for k, layer in enumerate(linear_layers, start=1):
            layer.weight.copy_(torch.as_tensor(params[f"W{k}"].T))
            layer.bias.copy_(torch.as_tensor(params[f"b{k}"]))


def get_weights(model):
    """The layers' numbers back in the app's names and layout (W = Aᵀ)."""
    params = {}
    for k, layer in enumerate(linear_layers, start=1):
        params[f"W{k}"] = layer.weight.detach().cpu().numpy().T.copy()
        params[f"b{k}"] = layer.bias.detach().cpu().numpy().copy()
    return params
'''

TRAIN_CODE = '''
X_train_t = torch.as_tensor(X_train, dtype=torch.float32, device=device)
y_train_t = torch.as_tensor(y_train, device=device)
X_val_t = torch.as_tensor(X_val, dtype=torch.float32, device=device)
y_val_t = torch.as_tensor(y_val, device=device)


def train_step(xb, yb):
    """One step of the gradient method on one mini-batch: (loss, ŷ before the step)."""
    model.train()
    optimizer.zero_grad()
    loss, output = batch_loss(xb, yb)
    if torch.isfinite(loss):          # a diverged loss moves nothing
        loss.backward()               # backpropagation: ∂loss/∂θ for every parameter θ
        optimizer.step()              # θ := θ − α g (or the optimizer's rule)
    return loss.item(), output.detach()


def evaluate(X_t, y_t, chunk=4096):
    """(loss, accuracy or None) over a whole data set, without weight decay."""
    model.eval()
    total = correct = 0.0
    with torch.no_grad():
        for start in range(0, len(X_t), chunk):
            xb, yb = X_t[start:start + chunk], y_t[start:start + chunk]
            loss, output = batch_loss(xb, yb, weight_decay=0.0)
            total += loss.item() * len(xb)
            if CLASSIFY:
                correct += correct_count(output, yb)
    n = max(len(X_t), 1)
    return total / n, (correct / n if CLASSIFY else None)
'''

TRAIN_LOOP_CODE = '''
history = {"batch_loss": [], "epoch": [], "loss": [], "accuracy": [], "val_loss": [], "val_accuracy": []}
rng = np.random.default_rng(SEED)     # the app's batch order: a new permutation every epoch
n = len(X_train_t)
batches = math.ceil(n / BATCH_SIZE)
report_every = max(1, EPOCHS // 20)
diverged = False
for epoch in range(1, EPOCHS + 1):
    order = torch.as_tensor(rng.permutation(n), device=device)
    loss_sum = correct = 0.0
    for batch in range(batches):
        idx = order[batch * BATCH_SIZE:(batch + 1) * BATCH_SIZE]
        xb, yb = X_train_t[idx], y_train_t[idx]
        loss, output = train_step(xb, yb)
        if not math.isfinite(loss):
            print(f"the loss diverged at epoch {epoch}, batch {batch + 1}: try a smaller learning rate")
            diverged = True
            break
        history["batch_loss"].append(loss)
        loss_sum += loss * len(idx)
        if CLASSIFY:
            correct += correct_count(output, yb)
    if diverged:
        break
    history["epoch"].append(epoch)
    history["loss"].append(loss_sum / n)
    history["accuracy"].append(correct / n if CLASSIFY else None)
    val_loss, val_accuracy = evaluate(X_val_t, y_val_t) if len(X_val_t) else (None, None)
    history["val_loss"].append(val_loss)
    history["val_accuracy"].append(val_accuracy)
    if epoch % report_every == 0 or epoch == EPOCHS:
        line = f"epoch {epoch:4d}/{EPOCHS}  loss {loss_sum / n:.4f}"
        if CLASSIFY:
            line += f"  accuracy {100 * correct / n:5.1f}%"
        if val_loss is not None:
            line += f"  validation loss {val_loss:.4f}"
            if CLASSIFY:
                line += f"  accuracy {100 * val_accuracy:5.1f}%"
        print(line)
'''

PLOT_CODE = '''
panels = 2 if CLASSIFY else 1
fig, axes = plt.subplots(1, panels, figsize=(6 * panels, 4), squeeze=False)
ax = axes[0, 0]
if history["batch_loss"]:
    per_batch = np.arange(1, len(history["batch_loss"]) + 1) / batches
    ax.plot(per_batch, history["batch_loss"], color="0.75", linewidth=0.8, label="mini-batch loss")
ax.plot(history["epoch"], history["loss"], label="training loss")
if any(v is not None for v in history["val_loss"]):
    ax.plot(history["epoch"], history["val_loss"], label="validation loss")
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
ax.legend()
if CLASSIFY:
    ax = axes[0, 1]
    ax.plot(history["epoch"], history["accuracy"], label="training accuracy")
    if any(v is not None for v in history["val_accuracy"]):
        ax.plot(history["epoch"], history["val_accuracy"], label="validation accuracy")
    ax.set_xlabel("epoch")
    ax.set_ylabel("accuracy")
    ax.set_ylim(0, 1.02)
    ax.legend()
plt.tight_layout()
plt.show()
'''


QUADRATIC_MODEL = "quadratic"      # pass as the spec: the lecture's model a x² + b x + c

QUADRATIC_CODE = '''
class QuadraticModel(nn.Module):
    """The lecture's model f_Θ(x) = a x² + b x + c, Θ = {a, b, c} (float64, as in the app)."""

    def __init__(self, a=0.0, b=0.0, c=0.0):
        super().__init__()
        self.a = nn.Parameter(torch.tensor([a], dtype=torch.float64))
        self.b = nn.Parameter(torch.tensor([b], dtype=torch.float64))
        self.c = nn.Parameter(torch.tensor([c], dtype=torch.float64))

    def forward(self, x):
        x = x.to(torch.float64).reshape(-1, 1)
        return self.a * x * x + self.b * x + self.c


def get_weights(model):
    """a, b and c as the app names them."""
    return {k: getattr(model, k).detach().cpu().numpy().copy() for k in "abc"}


'''

QUADRATIC_LOSS_CODE = '''
def batch_loss(xb, yb, weight_decay=WEIGHT_DECAY):
    """(loss, ŷ): the lecture's squared error 1/N Σ_i 1/2 (ŷ_i − y_i)², and the model's output."""
    output = model(xb)
    loss = 0.5 * ((output - yb.to(torch.float64).reshape(-1, 1)) ** 2).sum() / len(xb)
    if weight_decay:   # λ/2 (a² + b²): c, like a bias, is not decayed
        loss = loss + 0.5 * weight_decay * (model.a ** 2 + model.b ** 2).sum()
    return loss, output
'''


def _network_code(spec):
    lines = []
    n_in = spec["input_size"]
    for layer in spec["layers"]:
        lines.append(f"    nn.Linear({n_in}, {layer['units']}), {TORCH_ACTIVATIONS[layer['activation']]},")
        n_in = layer["units"]
    return ("model = nn.Sequential(\n" + "\n".join(lines) + "\n).to(device)\n"
            "linear_layers = [m for m in model if isinstance(m, nn.Linear)]\n"
            "print(model)\n"
            "print(sum(p.numel() for p in model.parameters()), \"parameters\")")

def training_notebook(spec, data_source, trainer_settings=None, language="en", params=None):
    """A notebook dict training ``spec`` on ``data_source`` with ``trainer_settings`` in PyTorch.

    trainer_settings: optimizer, lr, batch_size, epochs, seed, validation_fraction,
    weight_decay, optimizer_settings ({"momentum": 0.9}, ...), as the dashboard's settings.
    params: the network's current weights (W1, b1, ...) to embed, or None to start from the
    app's initial weights for the seed. Raises NotebookError (or SpecError) when impossible.
    spec may be ``QUADRATIC_MODEL`` ("quadratic"): the lecture's a x² + b x + c (params a, b, c).
    """
    lang = _language(language)
    quadratic_model = isinstance(spec, str) and spec == QUADRATIC_MODEL
    spec = {"input_size": 1, "layers": [{"units": 1}], "loss": "squared_error"} if quadratic_model else validate(spec)
    source = normalise_data_source(data_source)
    training = normalise_training(trainer_settings)
    opt = training["optimizer_instance"]
    classify = is_classification(source)
    n_inputs = input_size_of(source)
    if quadratic_model and (classify or n_inputs != 1):
        raise NotebookError("the quadratic model a x² + b x + c needs one input and real targets")
    if n_inputs != spec["input_size"]:
        raise NotebookError(f"the network expects {spec['input_size']} inputs but the data has {n_inputs}")
    if params is not None and quadratic_model:
        try:
            params = {k: float(np.asarray(params[k]).reshape(-1)[0]) for k in "abc"}
        except (KeyError, IndexError) as exc:
            raise NotebookError(f"the quadratic model needs a, b and c, not {sorted(params)}") from exc
    elif params is not None:
        params = {k: np.asarray(v, dtype=np.float32) for k, v in params.items()}
        from engine.network import Network   # checks every shape against the spec
        Network(spec, params)
    seed = training["seed"]
    if quadratic_model:
        network_text = "f(x) = a x² + b x + c"
    else:
        sizes = " → ".join(str(u) for u in [spec["input_size"]] + [layer["units"] for layer in spec["layers"]])
        network_text = sizes + " (" + ", ".join(layer["activation"] for layer in spec["layers"]) + ")"
    title = text(lang, "train_title", title=TITLES[lang]["training"], data=markdown_escape(describe_data(source)),
                 network=network_text, loss=LOSS_NAMES[lang][spec["loss"]],
                 optimizer=f"{opt.name}, α = {opt.lr:g}")
    cells = [markdown_cell(title), markdown_cell(text(lang, "setup")),
             code_cell("import base64\nimport io\nimport json\nimport math\n\n"
                       "import matplotlib.pyplot as plt\nimport numpy as np\nimport torch\n"
                       "import torch.nn as nn\nimport torch.nn.functional as F\n\n"
                       "device = torch.device(\"cuda\" if torch.cuda.is_available() else \"cpu\")\n"
                       f"SEED = {seed}\ntorch.manual_seed(SEED)\nprint(\"device:\", device)")]
    cells += _data_cells(source, lang)
    fraction = float(training["validation_fraction"])
    if fraction > 0:
        cells.append(markdown_cell(text(lang, "split", percent=f"{100 * fraction:g}%")))
        cells.append(code_cell(_source(split.train_validation_split) +
                               f"\n\n\nVALIDATION_FRACTION = {_number(fraction)}\n"
                               "X_train, y_train, X_val, y_val = train_validation_split(X, y, VALIDATION_FRACTION, SEED)\n"
                               "print(len(X_train), \"for training,\", len(X_val), \"for validation\")"))
    else:
        cells.append(markdown_cell(text(lang, "no_split")))
        cells.append(code_cell("X_train, y_train = X, y\nX_val, y_val = X[:0], y[:0]"))
    if quadratic_model:
        cells += _quadratic_model_cells(lang, params)
    else:
        cells += _network_cells(spec, lang, params, seed)
    wd = float(training["weight_decay"])
    if quadratic_model:
        loss_key, loss_code = "loss_squared", QUADRATIC_LOSS_CODE.strip("\n")
    else:
        loss_key, loss_code = _loss_code(spec, classify)
    loss_md = text(lang, loss_key) + (text(lang, "weight_decay", wd=f"{wd:g}") if wd else "")
    cells.append(markdown_cell(loss_md))
    cells.append(code_cell(f"CLASSIFY = {classify}\nWEIGHT_DECAY = {_number(wd)}\n\n\n" + loss_code))
    cells.append(markdown_cell(text(lang, "optimizer", rule=rule(lang, opt.name, **_rule_values(opt)),
                                    lr=f"{opt.lr:g}", batch=training["batch_size"],
                                    epochs=training["epochs"], seed=seed)))
    cells.append(code_cell(f"BATCH_SIZE = {training['batch_size']}\nEPOCHS = {training['epochs']}\n"
                           + optimizer_code(opt)))
    cells.append(markdown_cell(text(lang, "loop")))
    cells.append(code_cell(TRAIN_CODE.strip("\n")))
    cells.append(code_cell(TRAIN_LOOP_CODE.strip("\n"), tags=["training-loop"]))
    cells.append(markdown_cell(text(lang, "plot")))
    cells.append(code_cell(PLOT_CODE.strip("\n"), tags=["plot"]))
    if quadratic_model:
        cells.append(code_cell("a, b, c = (getattr(model, k).item() for k in \"abc\")\n"
                               "print(f\"f(x) = {a:.4f} x² + {b:+.4f} x {c:+.4f}\")", tags=["save"]))
    else:
        cells.append(markdown_cell(text(lang, "save")))
        cells.append(code_cell(
            f"SPEC_JSON = {json.dumps(spec, ensure_ascii=False)!r}\n\n\n"
            "def save_for_gradient_lab(path):\n"
            "    \"\"\"Save the network as Gradient Lab saves it: the spec and W1, b1, ... in an .npz file.\"\"\"\n"
            "    np.savez(path, __spec__=np.array(SPEC_JSON), **get_weights(model))\n\n\n"
            "save_for_gradient_lab(\"gradient_lab_network.npz\")\nprint(\"saved gradient_lab_network.npz\")",
            tags=["save"]))
    return new_notebook(cells, "training", lang)


def _quadratic_model_cells(lang, params):
    a, b, c = (params[k] for k in "abc") if params else (0.0, 0.0, 0.0)
    md = text(lang, "quadratic_model") + ("" if params is None else text(lang, "quadratic_from_app"))
    return [markdown_cell(md),
            code_cell(QUADRATIC_CODE.strip("\n") + f"\n\n\nmodel = QuadraticModel({a!r}, {b!r}, {c!r}).to(device)\n"
                      "print(\"a, b, c =\", [getattr(model, k).item() for k in \"abc\"])")]


def _network_cells(spec, lang, params, seed):
    cells = [markdown_cell(text(lang, "network")), code_cell(_network_code(spec))]
    layers = [(s_in, layer["units"], layer["activation"]) for s_in, layer in
              zip([spec["input_size"]] + [layer["units"] for layer in spec["layers"]], spec["layers"])]
    weights = (f"LAYERS = {layers!r}   # (inputs, outputs, activation) of each layer\n"
               f"INIT = {spec['init']!r}\n" + WEIGHT_CODE)
    if params is not None:
        cells.append(markdown_cell(text(lang, "weights_app", seed=seed)))
        weights += ("\n\nAPP_WEIGHTS_NPZ_BASE64 = \"\"\"\n" + _base64_npz(params, "weights") + "\n\"\"\"\n\n\n"
                    "def app_weights():\n"
                    "    \"\"\"The weights the app had when it exported this notebook (an .npz file, no pickle).\"\"\"\n"
                    "    with np.load(io.BytesIO(base64.b64decode(APP_WEIGHTS_NPZ_BASE64)), allow_pickle=False) as data:\n"
                    "        return {k: data[k] for k in data.files}\n\n\n"
                    "START_FROM_APP_WEIGHTS = True\n"
                    "set_weights(model, app_weights() if START_FROM_APP_WEIGHTS else initial_weights(SEED))")
    else:
        cells.append(markdown_cell(text(lang, "weights_seed", seed=seed)))
        weights += "\n\nset_weights(model, initial_weights(SEED))"
    cells.append(code_cell(weights))
    return cells
